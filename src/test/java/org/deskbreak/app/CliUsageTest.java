package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad usage is caught before anything is sent: exit code 2 and one line naming the bad part. */
class CliUsageTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Cli cli = new Cli(home.resolve("run"), options -> {
            throw new AssertionError("bad usage must never start the app");
        }, ZoneOffset.UTC);
        return cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "snooze -5          | snooze -5",
        "snooze banana      | snooze banana",
        "snooze 0m          | snooze 0m",
        "snooze 3h          | snooze 3h",
        "snooze 30s         | snooze 30s",
        "pause banana       | pause banana",
        "pause 0m           | pause 0m",
        "pause 25h          | pause 25h",
        "every 0m           | every 0m",
        "every 30s          | every 30s",
        "every 9h           | every 9h",
        "every 1h1h         | every 1h1h",
        "every              | DURATION",
        "banana             | banana",
        "--banana           | --banana",
        "status --jsn       | --jsn",
        "skip now           | now",
        "snooze 5m 5m       | 5m"
    })
    void exitsTwoNamingTheBadPart(String commandLine, String badPart) {
        int code = run(commandLine.split(" "));

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(out.toString()).isEmpty();
        String firstLine = err.toString().lines().findFirst().orElse("");
        assertThat(firstLine).startsWith("deskbreak: ").contains(badPart);
    }

    // ---- what is wrong with a path is said, not only where it is

    @Test
    void aFileWhereTheHomeFolderShouldBeIsNamedAsAFile() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("home"), "not a folder");
        Cli cli = new Cli(notAFolder.resolve("run"), options -> {
            throw new AssertionError("never started");
        }, ZoneOffset.UTC);

        int code = cli.run(new String[] {"status"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString().strip()).isEqualTo("deskbreak: " + notAFolder + ": is a file, not a folder");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeWhereTheLockGoesFailsTheCommandAtOnceSayingWhatItIs() throws Exception {
        Files.createDirectories(home.resolve("run"));
        Path fifo = home.resolve("run").resolve("deskbreak.lock");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        int code = run("status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString().strip()).isEqualTo("deskbreak: " + fifo + ": is a named pipe (FIFO), not a regular file");
    }

    @Test
    void aCommandWithNothingRunningSaysHowToStart() {
        int code = run("status");

        assertThat(code).isEqualTo(Cli.NOT_RUNNING);
        assertThat(err.toString().strip()).isEqualTo("DeskBreak is not running. Start it with: deskbreak");
    }

    @Test
    void helpListsEveryCommandWithExamples() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("now", "snooze", "skip", "pause", "resume", "every", "status", "settings",
                "stats", "quit", "--no-tray", "Examples:", "deskbreak snooze 10m", "Exit codes:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "now --help      | deskbreak now",
        "now -h          | deskbreak now",
        "snooze --help   | deskbreak snooze 15m",
        "snooze -h       | deskbreak snooze 15m",
        "skip --help     | deskbreak skip",
        "pause --help    | deskbreak pause 1h30m",
        "pause -h        | deskbreak pause 1h30m",
        "resume --help   | deskbreak resume",
        "every --help    | deskbreak every 30m",
        "every -h        | deskbreak every 30m",
        "status --help   | deskbreak status --json",
        "status -h       | deskbreak status --json",
        "settings --help | deskbreak settings",
        "stats --help    | deskbreak stats",
        "quit --help     | deskbreak quit",
        "-h              | deskbreak snooze 10m"
    })
    void everyCommandsHelpWorksWithNothingRunningAndShowsAnExample(String commandLine, String example) {
        int code = run(commandLine.split(" "));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("Usage: deskbreak").contains("Example").contains(example);
        assertThat(home.resolve("run")).as("help touches no files").doesNotExist();
    }
}
