package org.deskbreak.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What sits at a path, looked at without following a link: a file DeskBreak means to open may
 * turn out to be a named pipe (opening it would block forever), a folder or a planted link.
 */
public enum FileKind {
    FILE("a file"),
    FOLDER("a folder"),
    SYMBOLIC_LINK("a symbolic link"),
    NAMED_PIPE("a named pipe (FIFO)"),
    SOCKET("a socket"),
    DEVICE("a device"),
    OTHER("something other than a file");

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    private static final int TYPE_BITS = 0170000;

    private final String described;

    FileKind(String described) {
        this.described = described;
    }

    /** "a named pipe (FIFO)", for messages. */
    public String described() {
        return described;
    }

    /** What is at {@code path} itself (a link is not followed); empty when nothing is there. */
    public static Optional<FileKind> of(Path path) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        if (a.isRegularFile()) {
            return Optional.of(FILE);
        }
        if (a.isDirectory()) {
            return Optional.of(FOLDER);
        }
        if (a.isSymbolicLink()) {
            return Optional.of(SYMBOLIC_LINK);
        }
        return Optional.of(UNIX ? fromMode(((Number) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                .intValue()) : OTHER);
    }

    /** Like {@link #of(Path)}, for messages: never throws, empty when it cannot tell. */
    static Optional<FileKind> quietly(Path path) {
        try {
            return of(path);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static FileKind fromMode(int mode) {
        return switch (mode & TYPE_BITS) {
            case 0100000 -> FILE;
            case 0040000 -> FOLDER;
            case 0120000 -> SYMBOLIC_LINK;
            case 0010000 -> NAMED_PIPE;
            case 0140000 -> SOCKET;
            case 0020000, 0060000 -> DEVICE;
            default -> OTHER;
        };
    }
}
