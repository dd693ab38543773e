package org.deskbreak.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.Settings;
import org.deskbreak.ipc.CommandServer;
import org.deskbreak.platform.AppDirs;

/**
 * The running app for command-line tests, in its own JVM: the real command line, instance lock,
 * command server and planner, with windows replaced by lines on stdout ("CALL showStatus"). The
 * test steps the planner's clock by writing "advance PT46M" to stdin.
 */
public final class CliTestApp {

    public static final String START = "2026-11-25T09:00";

    private CliTestApp() {
    }

    public static void main(String[] args) throws Exception {
        ManualClock clock = ManualClock.at(START, "UTC");
        Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
        Cli cli = new Cli(AppDirs.detect().runtime(), options -> launch(planner, options), ZoneOffset.UTC);
        int code = cli.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (cli.startedApp().isEmpty()) {
            System.exit(code);
        }
        CommandServer commands = cli.startedApp().get();
        Runtime.getRuntime().addShutdownHook(new Thread(commands::close));
        say("READY " + commands.socket());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("advance ")) {
                advance(clock, planner, Duration.parse(line.substring("advance ".length())));
                say("ADVANCED");
            }
        }
        Thread.currentThread().join();  // stdin closed: keep running until quit
    }

    /** As the scheduler would: the planner never sleeps longer than its heartbeat, so neither does this. */
    private static void advance(ManualClock clock, Planner planner, Duration by) {
        for (Duration left = by; !left.isZero(); ) {
            Duration step = left.compareTo(STEP) < 0 ? left : STEP;
            clock.advance(step);
            planner.tick();
            left = left.minus(step);
        }
    }

    private static final Duration STEP = Duration.ofSeconds(30);

    private static RunningApp launch(Planner planner, String[] options) {
        say("LAUNCHED " + Arrays.toString(options));
        planner.addListener(new PlannerListener() {
            @Override
            public void routineStarted() {
                say("EVENT routineStarted");
            }
        });
        planner.start();
        return new RecordingApp(planner);
    }

    static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Records window calls; quitting leaves the process the way the desktop app does. */
    static final class RecordingApp implements RunningApp {
        private final Planner planner;

        RecordingApp(Planner planner) {
            this.planner = planner;
        }

        @Override
        public Planner planner() {
            return planner;
        }

        @Override
        public void setInterval(Duration interval) {
            say("CALL setInterval " + interval);
            planner.applySettings(planner.settings().withInterval(interval));
        }

        @Override
        public void showStatus() {
            say("CALL showStatus");
        }

        @Override
        public void showSettings() {
            say("CALL showSettings");
        }

        @Override
        public void showStats() {
            say("CALL showStats");
        }

        @Override
        public void quit() {
            say("CALL quit");
            System.exit(0);
        }
    }
}
