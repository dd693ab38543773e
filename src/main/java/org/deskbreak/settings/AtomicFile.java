package org.deskbreak.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never
 * a truncated file: write a sibling, sync it, rename it over the target, sync the folder.
 * The sibling is created exclusively under a fresh name and never through a link, so nothing
 * planted beside the file (a pipe, a link to another file) is opened or written.
 */
final class AtomicFile {

    /** The one step that puts bytes on disk; tests replace it to play a full disk. */
    @FunctionalInterface
    interface Output {
        int write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    static final AtomicFile REAL = new AtomicFile(FileChannel::write);

    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    /** Links followed to the real file at most; a longer chain is not a dotfiles link. */
    private static final int MAX_LINKS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Output output;

    AtomicFile(Output output) {
        this.output = output;
    }

    /** The name every temporary sibling of {@code target} starts with. */
    static String tempPrefix(Path target) {
        return target.getFileName() + ".tmp-";
    }

    /**
     * Writes {@code content} to {@code file}. When {@code file} is a symbolic link of the user's
     * own (dotfiles), the file it points to is replaced and the link stays.
     */
    void write(Path file, byte[] content) throws IOException {
        Path target = destination(file.toAbsolutePath());
        Path folder = target.getParent();
        createPrivateFolder(folder);
        Optional<Set<PosixFilePermission>> keep = permissionsOf(target);
        Path temp = null;
        try {
            FileChannel out;
            do {
                temp = folder.resolve(tempPrefix(target) + HexFormat.of().toHexDigits(RANDOM.nextLong()));
                out = createExclusively(temp);
            } while (out == null);
            try (FileChannel channel = out) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    output.write(channel, buffer);
                }
                channel.force(true);
            }
            if (keep.isPresent()) {
                Files.setPosixFilePermissions(temp, keep.get());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
        syncFolder(folder);
    }

    /** Null when the name is taken (by anything, a dangling link included): the caller picks another. */
    private static FileChannel createExclusively(Path temp) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return isPosix(temp)
                    ? FileChannel.open(temp, options, PosixFilePermissions.asFileAttribute(PRIVATE_FILE))
                    : FileChannel.open(temp, options, new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            return null;
        }
    }

    /** Removes temporary siblings a killed save left behind; only plain files, never what a link points at. */
    static void removeLeftovers(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, tempPrefix(file) + "*")) {
            for (Path p : leftovers) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover costs a few kilobytes, nothing more.
        }
    }

    /**
     * The file to replace: {@code file} itself, or what it points to when it is a link owned by
     * this user (a link someone else planted is replaced like any file, never followed).
     */
    static Path destination(Path file) throws IOException {
        Path path = file;
        for (int hop = 0; hop < MAX_LINKS && Files.isSymbolicLink(path); hop++) {
            if (!isMine(path)) {
                return file;
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
        }
        return Files.isSymbolicLink(path) ? file : path;
    }

    /**
     * Makes sure the folder exists and only this user can write into it: a missing folder is
     * created private; one of ours that others may write into is made private; one that belongs
     * to someone else and is open to others is refused.
     */
    static void createPrivateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (isPosix(folder)) {
                Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
            }
            return;
        }
        if (!isPosix(folder)) {
            return;  // Windows: the per-user profile folder already keeps it private.
        }
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
        if (attributes.permissions().stream().noneMatch(OPEN_TO_OTHERS::contains)) {
            return;
        }
        if (!attributes.owner().equals(me())) {
            throw new FolderRefused("the folder " + folder + " belongs to another user and others may write in it");
        }
        Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
    }

    /** A folder DeskBreak will not write into; the message says why in words. */
    static final class FolderRefused extends IOException {
        private static final long serialVersionUID = 1L;

        FolderRefused(String message) {
            super(message);
        }
    }

    private static Optional<Set<PosixFilePermission>> permissionsOf(Path target) {
        try {
            return isPosix(target) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isMine(Path link) {
        try {
            return Files.getOwner(link, LinkOption.NOFOLLOW_LINKS).equals(me());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static UserPrincipal me() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next start's clean-up.
        }
    }

    /** Makes the rename itself durable; Windows cannot open a folder this way, and NTFS journals renames anyway. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort only.
        }
    }
}
