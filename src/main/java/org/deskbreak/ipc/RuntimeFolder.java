package org.deskbreak.ipc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deskbreak.platform.FileKind;

/**
 * The user's private folder for the instance lock and the command socket. On POSIX systems it is
 * created with mode 0700 and must belong to the user running this process; a folder that belongs
 * to someone else is refused rather than trusted.
 *
 * <p>On Windows (Unix-domain sockets since Windows 10 1803) there is no peer check, so the folder's
 * access list is the guard: it is made to hold one entry, full control for the folder's owner,
 * inherited by the lock and the socket, in place of what the profile folder passed down; it is
 * checked again at every start, and a folder owned by another user is refused. On macOS the 0700 mode does the same.
 */
public final class RuntimeFolder {

    static final String LOCK_FILE = "deskbreak.lock";
    static final String SOCKET_FILE = "deskbreak.sock";
    /** sun_path holds 108 bytes on Linux and 104 on macOS; stay clear of both. */
    static final int MAX_SOCKET_PATH_BYTES = 100;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private final Path dir;
    private final Path socket;
    private final Optional<UserPrincipal> owner;

    private RuntimeFolder(Path dir, Path socket, Optional<UserPrincipal> owner) {
        this.dir = dir;
        this.socket = socket;
        this.owner = owner;
    }

    /** Creates (or checks) the folder; fails when it cannot be made private to this user. */
    public static RuntimeFolder prepare(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        Optional<UserPrincipal> owner = makePrivate(absolute);
        Path socket = absolute.resolve(SOCKET_FILE);
        if (!fits(socket)) {
            socket = makeShortFolder(absolute).resolve(shortName(absolute));
            makePrivate(socket.getParent());
        }
        return new RuntimeFolder(absolute, socket, owner);
    }

    public Path dir() {
        return dir;
    }

    public Path lockFile() {
        return dir.resolve(LOCK_FILE);
    }

    public Path socket() {
        return socket;
    }

    /** The user the folder belongs to, which is the only user allowed to send commands; empty where unknown. */
    public Optional<UserPrincipal> owner() {
        return owner;
    }

    static boolean fits(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES;
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }

    private static Optional<UserPrincipal> makePrivate(Path dir) throws IOException {
        if (!isPosix()) {
            Files.createDirectories(dir);
            AclFileAttributeView acl = Files.getFileAttributeView(dir, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (acl != null) {
                makeOwnerOnly(dir, acl, dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name")));
            }
            return Optional.empty();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(dir)) {
                throw new IOException("refusing a symbolic link as the runtime folder: " + dir);
            }
            createFolders(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another DeskBreak process made it a moment ago, or something else is in the way: checked below
            }
            Optional<FileKind> there = FileKind.of(dir);
            if (there.isPresent() && there.get() != FileKind.FOLDER) {
                throw new FileSystemException(dir.toString(), null, "is " + there.get().described() + ", not a folder");
            }
        }
        long uid = ((Number) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        if (uid != ownUid()) {
            throw new IOException("the runtime folder belongs to another user (uid " + uid + "): " + dir);
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)) {
            Files.setPosixFilePermissions(dir, PRIVATE);
        }
        return Optional.of(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS));
    }

    /** Refuses a folder of another user's; replaces an access list that lets anyone else in. */
    static void makeOwnerOnly(Path dir, AclFileAttributeView view, UserPrincipal me) throws IOException {
        UserPrincipal owner = view.getOwner();
        if (!owner.equals(me)) {
            throw new IOException("the runtime folder belongs to another user (" + owner.getName() + "): " + dir);
        }
        if (!isOwnerOnly(view.getAcl(), owner)) {
            view.setAcl(ownerOnly(owner));
            if (!isOwnerOnly(view.getAcl(), owner)) {
                throw new IOException("the runtime folder cannot be made private: " + dir);
            }
        }
    }

    /** Full control for the owner, passed on to the files and folders inside; nobody else. */
    static List<AclEntry> ownerOnly(UserPrincipal owner) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                .build());
    }

    /** Whether only the owner is allowed anything; entries that deny are harmless. */
    static boolean isOwnerOnly(List<AclEntry> acl, UserPrincipal owner) {
        return acl.stream().filter(e -> e.type() == AclEntryType.ALLOW).allMatch(e -> e.principal().equals(owner));
    }

    /** Files.createDirectories names only the path when a file is in the way; say so. */
    private static void createFolders(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            String inTheWay = e.getFile() == null ? dir.toString() : e.getFile();
            String kind = FileKind.of(Path.of(inTheWay)).map(FileKind::described).orElse("something");
            throw new FileSystemException(inTheWay, null, "is " + kind + ", not a folder");
        }
    }

    static long ownUid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }

    /** A folder with a short path, private to this user, for when the usual one is too deep for a socket. */
    private static Path makeShortFolder(Path dir) {
        String tmp = isPosix() ? "/tmp" : System.getProperty("java.io.tmpdir");
        return Path.of(tmp, "deskbreak-" + (isPosix() ? ownUid() : 0));
    }

    /** Different DESKBREAK_HOME folders must not share a socket, so the name comes from the folder. */
    private static String shortName(Path dir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dir.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8) + ".sock";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
