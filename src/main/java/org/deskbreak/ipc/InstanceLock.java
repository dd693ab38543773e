package org.deskbreak.ipc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.Optional;
import org.deskbreak.platform.RegularFile;

/**
 * The single-instance authority: an OS file lock. The kernel drops it when the process dies,
 * however it dies, so a crash never leaves a lock that blocks the next start.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock if no other process holds it. Whatever else sits at the path (a named pipe, a
     * folder, a link) is refused with an error rather than opened, so neither the start nor a
     * command can hang on it or create a file where a link points.
     */
    public static Optional<InstanceLock> tryAcquire(Path lockFile) throws IOException {
        FileChannel channel = RegularFile.openForWriting(lockFile);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new InstanceLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // this very process holds it
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
            channel.close();
        } catch (IOException e) {
            // closing releases the lock; nothing else to do if the OS complains
        }
    }
}
