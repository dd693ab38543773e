package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A test JVM killed with SIGKILL in the middle of a desktop test (nothing of its own runs: no
 * finally, no shutdown hook) leaves no X server, window manager, tray or app behind.
 */
class KilledTestJvmIT {

    @Test
    void everythingADesktopTestStartedGoesWhenItsJvmIsKilled() throws Exception {
        DesktopExtension.requireTools();
        Path dir = Files.createTempDirectory("deskbreak-killed-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process testJvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Ddeskbreak.jar=" + System.getProperty("deskbreak.jar"), AbandonedDesktop.class.getName(), dir.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        List<ProcessHandle> started;
        try {
            awaitLine(testJvm, AbandonedDesktop.READY, DeskBreakProcess.START.plus(Duration.ofSeconds(80)));
            started = testJvm.descendants().toList();
            assertThat(started).extracting(KilledTestJvmIT::program)
                    .as("what the desktop test had running when it was killed")
                    .contains("Xvfb", "openbox", "trayer", "java");
        } finally {
            testJvm.destroyForcibly(); // SIGKILL
        }
        assertThat(testJvm.waitFor(10, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + Tethered.GRACE.plusSeconds(10).toNanos();
        while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<ProcessHandle> left = started.stream().filter(ProcessHandle::isAlive).toList();
        String described = left.stream().map(KilledTestJvmIT::describe).collect(Collectors.joining("; "));
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left).as("processes left running by the killed test JVM: " + described).isEmpty();
    }

    /** Reads the process's output up to {@code line}; a JVM that never says it is killed at the deadline. */
    private static void awaitLine(Process p, String line, Duration timeout) throws IOException, InterruptedException {
        var deadline = CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<Void> killer = CompletableFuture.runAsync(p::destroyForcibly, deadline);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = out.readLine(); !line.equals(l); l = out.readLine()) {
                if (l == null) {
                    throw new AssertionError("the test JVM ended before its desktop was up, or gave up after "
                            + timeout.toSeconds() + " s (exit " + p.waitFor() + ")");
                }
            }
        } finally {
            killer.cancel(false);
        }
    }

    private static String program(ProcessHandle p) {
        String command = p.info().command().orElse("?");
        return command.substring(command.lastIndexOf('/') + 1);
    }

    private static String describe(ProcessHandle p) {
        return p.pid() + " " + p.info().commandLine().orElse(program(p));
    }
}
