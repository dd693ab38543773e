package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.deskbreak.app.CliProcesses.Run;
import org.deskbreak.app.CliProcesses.RunningTestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line in one JVM drives the running app in another, through the real socket. */
class CliEndToEndTest {

    @TempDir
    Path home;

    @Test
    void everyCommandReachesTheRunningApp() throws Exception {
        CliProcesses jvm = new CliProcesses(home);
        try (RunningTestApp app = jvm.startApp("--no-tray")) {
            assertThat(app.printed()).contains("LAUNCHED [--no-tray]");

            // nothing due yet: the planner's refusals come back as exit code 3 with a reason
            Run status = jvm.deskbreak("status");
            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).contains("State: counting down", "Next break: 09:45 (in 45m)", "Every: 45m",
                    "Today: 0 breaks taken", "Snoozes left today: 3");
            assertRefused(jvm.deskbreak("snooze"), "No break is due");
            assertRefused(jvm.deskbreak("skip"), "No break is due");
            assertRefused(jvm.deskbreak("resume"), "not paused");

            // a break falls due, is snoozed, falls due again and is skipped
            app.advance("PT46M");
            assertThat(jvm.deskbreak("status", "--json").out())
                    .contains("\"state\":\"due\"", "\"dueSince\":\"2026-11-25T09:45:00Z\"", "\"canSnooze\":true");
            assertOk(jvm.deskbreak("snooze", "5m"), "Snoozed; next break at 09:51.");
            app.advance("PT6M");
            assertOk(jvm.deskbreak("skip"), "Skipped this break; next one at 10:37.");
            assertThat(jvm.deskbreak("status", "--json").out())
                    .contains("\"state\":\"counting\"", "\"snoozesLeft\":2",
                            "\"today\":{\"breaksTaken\":0,\"completed\":0,\"partial\":0,\"skipped\":1,\"snoozed\":1,\"natural\":0,\"waited\":0}");

            assertOk(jvm.deskbreak("now"), "Starting the routine.");
            app.awaitLine("EVENT routineStarted");
            assertOk(jvm.deskbreak("now"), "The routine's window is already open; brought it to the front.");

            assertOk(jvm.deskbreak("pause", "30m"), "Paused until 10:22.");
            assertThat(jvm.deskbreak("status").out()).contains("State: the routine is running; then paused until 10:22");
            assertOk(jvm.deskbreak("resume"), "Resumed");
            assertOk(jvm.deskbreak("pause", "until-tomorrow"), "Paused until 08:00.");
            assertOk(jvm.deskbreak("pause"), "Paused until you resume.");
            assertOk(jvm.deskbreak("resume"), "Resumed");

            assertOk(jvm.deskbreak("every", "20m"), "Reminding every 20m");
            app.awaitLine("CALL setInterval PT20M");
            assertThat(jvm.deskbreak("status", "--json").out()).contains("\"intervalSeconds\":1200");

            assertOk(jvm.deskbreak("settings"), "Opened the settings.");
            app.awaitLine("CALL showSettings");
            assertOk(jvm.deskbreak("stats"), "Opened the statistics.");
            app.awaitLine("CALL showStats");

            // a second plain start shows the status of the first and leaves
            Run second = jvm.deskbreak();
            assertThat(second.exitCode()).isZero();
            app.awaitLine("CALL showStatus");
            assertThat(app.printed()).filteredOn(line -> line.startsWith("LAUNCHED")).hasSize(1);

            assertOk(jvm.deskbreak("quit"), "DeskBreak is quitting.");
            app.awaitLine("CALL quit");
            assertThat(app.awaitExit()).isZero();
            assertThat(Files.list(home.resolve("run"))).noneMatch(p -> p.toString().endsWith(".sock"));
        }

        Run afterQuit = jvm.deskbreak("status");
        assertThat(afterQuit.exitCode()).isEqualTo(Cli.NOT_RUNNING);
        assertThat(afterQuit.err().strip()).isEqualTo(Cli.NOT_RUNNING_HINT);
    }

    @Test
    void aCrashLeavesNothingThatBlocksTheNextStart() throws Exception {
        CliProcesses jvm = new CliProcesses(home);
        try (RunningTestApp crashed = jvm.startApp()) {
            crashed.process.destroyForcibly();
            crashed.awaitExit();
        }
        assertThat(home.resolve("run").resolve("deskbreak.sock")).as("socket left by the crash").exists();
        assertThat(home.resolve("run").resolve("deskbreak.lock")).as("lock file left by the crash").exists();

        assertThat(jvm.deskbreak("status").exitCode()).isEqualTo(Cli.NOT_RUNNING);
        try (RunningTestApp next = jvm.startApp()) {
            assertOk(jvm.deskbreak("status"), "State: counting down");
            assertOk(jvm.deskbreak("quit"), "DeskBreak is quitting.");
            assertThat(next.awaitExit()).isZero();
        }
    }

    @Test
    void twoStartsAtTheSameMomentMakeOneApp() throws Exception {
        CliProcesses jvm = new CliProcesses(home);
        try (RunningTestApp a = jvm.launchApp(); RunningTestApp b = jvm.launchApp()) {
            CompletableFuture.anyOf(a.process.onExit(), b.process.onExit()).get(CliProcesses.WAIT_SECONDS, TimeUnit.SECONDS);
            RunningTestApp second = a.process.isAlive() ? b : a;
            RunningTestApp first = second == a ? b : a;

            assertThat(second.awaitExit()).as("the second start leaves quietly").isZero();
            assertThat(second.printed()).noneMatch(line -> line.startsWith("LAUNCHED"));
            first.awaitLine("READY ");
            first.awaitLine("CALL showStatus");
            assertOk(jvm.deskbreak("quit"), "DeskBreak is quitting.");
            assertThat(first.awaitExit()).isZero();
        }
    }

    @Test
    void aPlainStartKeepsTheParserOutOfTheRunningApp() throws Exception {
        CliProcesses jvm = new CliProcesses(home).jvmOption("-Xlog:class+load=info:stdout");
        try (RunningTestApp app = jvm.startApp()) {
            assertThat(app.printed()).contains("LAUNCHED []");
            assertThat(loaded(app, " org.deskbreak.app.Cli ")).as("the command line's own class").hasSize(1);
            // Only exception types the class verifier looks up when it checks Cli's throw sites.
            assertThat(loaded(app, " picocli.")).as("the parser's classes")
                    .allMatch(line -> line.matches(".* picocli\\.CommandLine\\$\\w*Exception source.*"));
            assertOk(jvm.deskbreak("quit"), "DeskBreak is quitting.");
            assertThat(app.awaitExit()).isZero();
        }
        // a start with an option still goes through the parser
        try (RunningTestApp app = jvm.startApp("--no-tray")) {
            assertThat(app.printed()).contains("LAUNCHED [--no-tray]");
            assertThat(loaded(app, " picocli.CommandLine ")).hasSize(1);
            assertOk(jvm.deskbreak("quit"), "DeskBreak is quitting.");
            assertThat(app.awaitExit()).isZero();
        }
    }

    /** The class-loading log lines naming this class or package. */
    private static List<String> loaded(RunningTestApp app, String name) {
        return app.printed().stream().filter(line -> line.contains("[class,load]") && line.contains(name)).toList();
    }

    @Test
    void badUsageFromTheRealLauncherExitsTwoNamingTheBadPart() throws Exception {
        Run run = new CliProcesses(home).deskbreak("snooze", "-5");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).contains("snooze -5"));
    }

    private static void assertOk(Run run, String expected) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(expected);
    }

    private static void assertRefused(Run run, String reason) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains(reason);
        assertThat(run.err().lines().count()).isEqualTo(1);
    }
}
