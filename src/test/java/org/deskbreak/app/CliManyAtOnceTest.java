package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.ipc.CommandServer;
import org.deskbreak.ipc.InstanceLock;
import org.deskbreak.ipc.RuntimeFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two hundred commands typed at once: each one that was carried out says so. */
class CliManyAtOnceTest {

    private static final int COMMANDS = 200;
    /** A save that takes this long makes the whole queue take 8 s, longer than a client's time limit. */
    private static final Duration SAVE_TAKES = Duration.ofMillis(40);

    @TempDir
    Path home;

    private final Planner planner = new Planner(ManualClock.at("2026-11-25T09:00", "UTC"), Settings.defaults(),
            IdleSource.NONE);
    private final AtomicInteger applied = new AtomicInteger();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCommandThatWasAppliedAnswersDone() throws Exception {
        planner.start();
        RuntimeFolder folder = RuntimeFolder.prepare(home.resolve("run"));
        ExecutorService users = Executors.newFixedThreadPool(COMMANDS);
        try (CommandServer server = CommandServer.start(InstanceLock.tryAcquire(folder.lockFile()).orElseThrow(), folder,
                new CliDispatcher(new SlowSavingApp(), new ClockFormat(Locale.UK, ZoneOffset.UTC)))) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 1; i <= COMMANDS; i++) {
                String minutes = (i % 480 + 1) + "m";
                runs.add(users.submit(() -> {
                    go.await();
                    return every(minutes);
                }));
            }
            go.countDown();

            List<String> results = new ArrayList<>();
            for (Future<String> run : runs) {
                results.add(run.get());
            }

            assertThat(results).hasSize(COMMANDS).allSatisfy(r -> assertThat(r).startsWith("0 Reminding every "));
            assertThat(applied).hasValue(COMMANDS);
        } finally {
            users.shutdownNow();
        }
    }

    /** "exit-code output", as the user would see it. */
    private String every(String minutes) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(home.resolve("run"), options -> {
            throw new AssertionError("the app already runs");
        }, ZoneOffset.UTC);
        int code = cli.run(new String[] {"every", minutes}, new PrintWriter(out), new PrintWriter(err));
        return code + " " + out + err;
    }

    private final class SlowSavingApp implements RunningApp {
        @Override
        public Planner planner() {
            return planner;
        }

        @Override
        public void setInterval(Duration interval) {
            try {
                Thread.sleep(SAVE_TAKES.toMillis());  // stands in for writing deskbreak.ini to a slow disk
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            planner.applySettings(planner.settings().withInterval(interval));
            applied.incrementAndGet();
        }

        @Override
        public void showStatus() {
        }

        @Override
        public void showSettings() {
        }

        @Override
        public void showStats() {
        }

        @Override
        public void quit() {
        }
    }
}
