package org.deskbreak.ipc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.deskbreak.platform.RegularFile;

/**
 * The single-instance authority: an OS file lock. The kernel drops it when the process dies,
 * however it dies, so a crash never leaves a lock that blocks the next start.
 */
public final class InstanceLock implements AutoCloseable {

    /**
     * Lock files this process holds. POSIX record locks belong to the process, and closing any
     * descriptor of the file drops them all: a probe that opened and closed the file from inside
     * the holding process would silently give the lock away. So a lock held here is known here,
     * and its file is not opened again. It is process-wide state because the lock itself is.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock if no other process holds it. Whatever else sits at the path (a named pipe, a
     * folder, a link) is refused with an error rather than opened, so neither the start nor a
     * command can hang on it or create a file where a link points.
     */
    public static Optional<InstanceLock> tryAcquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        if (HELD_HERE.contains(key)) {
            return Optional.empty();  // this very process holds it: opening the file again would release it
        }
        FileChannel channel = RegularFile.openForWriting(lockFile);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null && HELD_HERE.add(key)) {
                return Optional.of(new InstanceLock(key, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // this very process took it a moment ago
        }
        channel.close();
        return Optional.empty();
    }

    /** Whether some process holds the lock right now (a running or starting app). */
    public static boolean isHeld(Path lockFile) throws IOException {
        Optional<InstanceLock> probe = tryAcquire(lockFile);
        probe.ifPresent(InstanceLock::close);
        return probe.isEmpty();
    }

    public boolean isValid() {
        return lock.isValid();
    }

    @Override
    public void close() {
        try {
            HELD_HERE.remove(key);
            channel.close();
        } catch (IOException e) {
            // closing releases the lock; nothing else to do if the OS complains
        }
    }
}
