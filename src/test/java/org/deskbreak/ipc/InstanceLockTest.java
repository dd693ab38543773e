package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whatever sits where the lock file should be, taking the lock never hangs and never follows a link. */
class InstanceLockTest {

    @TempDir
    Path temp;

    @Test
    void isTakenOnceAndCreatesAPlainFile() throws IOException {
        Path file = temp.resolve("deskbreak.lock");

        try (InstanceLock first = InstanceLock.tryAcquire(file).orElseThrow()) {
            assertThat(InstanceLock.isHeld(file)).isTrue();
            assertThat(file).isRegularFile();
        }
        assertThat(InstanceLock.isHeld(file)).isFalse();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void askingFromInsideTheHoldingProcessDoesNotGiveTheLockAway() throws Exception {
        Path file = temp.resolve("deskbreak.lock");

        try (InstanceLock held = InstanceLock.tryAcquire(file).orElseThrow()) {
            for (int i = 0; i < 3; i++) {
                assertThat(InstanceLock.isHeld(file)).isTrue();
                assertThat(InstanceLock.tryAcquire(file)).isEmpty();
            }

            assertThat(anotherProcessCanTake(file)).as("another process still finds the lock taken").isFalse();
        }
        assertThat(anotherProcessCanTake(file)).as("and takes it once it is let go").isTrue();
    }

    /** Asks a second JVM, as a second DeskBreak would: POSIX locks are per process. */
    private boolean anotherProcessCanTake(Path file) throws Exception {
        Path probe = temp.resolve("Probe.java");
        Files.writeString(probe, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Probe {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                            System.out.print(c.tryLock() != null ? "free" : "taken");
                        }
                    }
                }
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                probe.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isIn("free", "taken");
        return out.equals("free");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = mkfifo(temp.resolve("deskbreak.lock"));

        assertThatThrownBy(() -> InstanceLock.tryAcquire(fifo)).isInstanceOf(IOException.class)
                .hasMessageContaining("named pipe");
        assertThatThrownBy(() -> InstanceLock.isHeld(fifo)).isInstanceOf(IOException.class);
    }

    @Test
    void aPlantedLinkIsRefusedAndNothingIsCreatedWhereItPoints() throws IOException {
        Path target = temp.resolve("elsewhere").resolve("victim");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(temp.resolve("deskbreak.lock"), target);

        assertThatThrownBy(() -> InstanceLock.tryAcquire(link)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("deskbreak.lock"));

        assertThatThrownBy(() -> InstanceLock.tryAcquire(folder)).hasMessageContaining("is a folder, not a regular file");
    }

    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("mkfifo").isZero();
        return path;
    }
}
