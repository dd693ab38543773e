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

    /** Something other than a regular file is at the path; {@link #kind()} says what. */
    public static final class NotARegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final transient FileKind kind;

        NotARegularFile(Path file, FileKind kind) {
            super(file.toString(), null, "is " + kind.described() + ", not a regular file");
            this.kind = kind;
        }

        public FileKind kind() {
            return kind;
        }
    }

    /** The file holds more than the reader takes. */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, long limit) {
            super(file.toString(), null, "is larger than " + limit + " bytes");
        }
    }

    /** For writing (and locking), created when absent. */
    public static FileChannel openForWriting(Path file) throws IOException {
        return openOrCreate(file, StandardOpenOption.WRITE);
    }

    /** For adding at the end, created when absent. */
    public static FileChannel openForAppending(Path file) throws IOException {
        return openOrCreate(file, StandardOpenOption.APPEND);
    }

    /**
     * For reading; throws {@link java.nio.file.NoSuchFileException} when nothing is there and
     * {@link NotARegularFile} when something else is.
     */
    public static FileChannel openForReading(Path file) throws IOException {
        Optional<FileKind> there = FileKind.of(file);
        if (there.isEmpty()) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        requireFile(file, there.get());
        return open(file, StandardOpenOption.READ);
    }

    /**
     * The whole file when it holds at most {@code limit} bytes, else {@link TooLarge}: a file
     * that grows while it is read is caught too, since one byte past the limit is asked for.
     */
    public static byte[] readAtMost(Path file, int limit) throws IOException {
        try (FileChannel in = openForReading(file)) {
            if (in.size() > limit) {
                throw new TooLarge(file, limit);
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(limit + 1);
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // until the end, or one byte past the limit
            }
            if (bytes.position() > limit) {
                throw new TooLarge(file, limit);
            }
            return java.util.Arrays.copyOf(bytes.array(), bytes.position());
        }
    }

    private static FileChannel openOrCreate(Path file, StandardOpenOption how) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Optional<FileKind> there = FileKind.of(file);
            if (there.isEmpty()) {
                try {
                    return open(file, StandardOpenOption.CREATE_NEW, how);
                } catch (FileAlreadyExistsException raced) {
                    if (attempt > 0) {
                        throw raced;
                    }
                    continue;  // made by someone else a moment ago: look at it like any existing one
                }
            }
            requireFile(file, there.get());
            return open(file, how);
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
            throw new NotARegularFile(file, kind);
        }
    }

    private static FileChannel open(Path file, OpenOption... options) throws IOException {
        OpenOption[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = LinkOption.NOFOLLOW_LINKS;
        return FileChannel.open(file, all);
    }
}
