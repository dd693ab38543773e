package org.deskbreak.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Opens a file DeskBreak keeps for itself without ever blocking or being redirected: opening a
 * named pipe for writing waits for a reader that never comes, and a planted symbolic link would
 * make DeskBreak create or write a file wherever it points. So what is there is looked at first,
 * without following links; anything but a regular file is refused; a new file is created
 * exclusively; and the open itself never follows a link.
 */
public final class RegularFile {

    private RegularFile() {
    }

    /** For writing (and locking), created when absent. */
    public static FileChannel openForWriting(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Optional<FileKind> there = FileKind.of(file);
            if (there.isEmpty()) {
                try {
                    return open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException raced) {
                    if (attempt > 0) {
                        throw raced;
                    }
                    continue;  // made by someone else a moment ago: look at it like any existing one
                }
            }
            requireFile(file, there.get());
            return open(file, StandardOpenOption.WRITE);
        }
    }

    /** Throws unless what is at {@code file} is a regular file (or nothing). */
    public static void requireFileOrNothing(Path file) throws IOException {
        Optional<FileKind> there = FileKind.of(file);
        if (there.isPresent()) {
            requireFile(file, there.get());
        }
    }

    private static void requireFile(Path file, FileKind kind) throws FileSystemException {
        if (kind != FileKind.FILE) {
            throw new FileSystemException(file.toString(), null, "is " + kind.described() + ", not a regular file");
        }
    }

    private static FileChannel open(Path file, OpenOption... options) throws IOException {
        OpenOption[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = LinkOption.NOFOLLOW_LINKS;
        return FileChannel.open(file, all);
    }
}
