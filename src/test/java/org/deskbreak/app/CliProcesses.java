package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Starts the test app and the real command line in their own JVMs, sharing one DESKBREAK_HOME. */
final class CliProcesses {

    static final long WAIT_SECONDS = 30;

    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();

    CliProcesses(Path home) {
        this.home = home;
    }

    /** Starts every later JVM with this option too, such as {@code -Xlog:class+load}. */
    CliProcesses jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** What one run of {@code deskbreak ...} printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    Run deskbreak(String... args) throws Exception {
        Process p = java(Main.class.getName(), args).start();
        p.getOutputStream().close();
        var out = readAllLater(p.getInputStream());
        var err = readAllLater(p.getErrorStream());
        if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("deskbreak " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), out.get(), err.get());
    }

    RunningTestApp startApp(String... args) throws Exception {
        RunningTestApp app = launchApp(args);
        app.socket = Path.of(app.awaitLine("READY ").substring("READY ".length()));
        return app;
    }

    /** Starts the app JVM without waiting for it to become ready (or to find another one running). */
    RunningTestApp launchApp(String... args) throws IOException {
        return new RunningTestApp(java(CliTestApp.class.getName(), args).redirectErrorStream(true).start());
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true",
                // British English: times read 09:45 whatever the machine's own language
                "-Duser.language=en", "-Duser.country=GB"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DESKBREAK_HOME", home.toString());
        return builder;
    }

    private static java.util.concurrent.Future<String> readAllLater(java.io.InputStream in) {
        var task = new java.util.concurrent.FutureTask<>(() -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        Thread t = new Thread(task);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** The app JVM: its stdout lines are what its windows would have shown. */
    static final class RunningTestApp implements AutoCloseable {
        final Process process;
        /** Where the app's command server listens. */
        Path socket;
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Writer stdin;

        RunningTestApp(Process process) {
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::pump);
            reader.setDaemon(true);
            reader.start();
        }

        private void pump() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        /** Waits (bounded) for the app to print a line starting with {@code prefix}; returns it. */
        String awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
            }
            return fail("the app never printed '" + prefix + "'; it printed " + seen);
        }

        /** Every line the app has printed so far. */
        List<String> printed() {
            lines.drainTo(seen);
            return List.copyOf(seen);
        }

        void advance(String isoDuration) throws Exception {
            stdin.write("advance " + isoDuration + "\n");
            stdin.flush();
            awaitLine("ADVANCED");
        }

        int awaitExit() throws InterruptedException {
            assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("app exited").isTrue();
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
