package org.deskbreak.routine;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;

/**
 * Saves a screenshot of each routine step and of the end screen, light and dark; run under a real
 * X display with a window manager. The session runs on a hand-moved clock, so every picture shows
 * the same moment: a few seconds into its step, mid-breath in the holds.
 */
public final class RoutineScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Robot robot = new Robot();
        for (boolean dark : new boolean[] {false, true}) {
            SwingUtilities.invokeAndWait(() -> theme(dark));
            ManualClock clock = ManualClock.at("2026-03-02T15:08:00", "UTC");
            Planner planner = new Planner(clock, Settings.defaults().withSound(false), () -> Optional.of(Duration.ZERO));
            planner.start();
            planner.startRoutine();
            Routine routine = BuiltInRoutine.create();
            Instant start = clock.instant();
            RoutineWindow[] window = new RoutineWindow[1];
            SwingUtilities.invokeAndWait(() -> {
                window[0] = new RoutineWindow(planner, new RoutineSession(routine, clock, 1.0),
                        WindowBoundsFile.in(tempDir()), RoutineIcons.load(), ChimePlayer.system(() -> false), () -> { });
                window[0].open();
            });
            Duration before = Duration.ZERO;
            for (RoutineStep step : routine.steps()) {
                // 2.6 s into a hold is most of the way through an in-breath: the circle is large.
                clock.set(start.plus(before).plus(step.hold() ? Duration.ofMillis(2_600) : Duration.ofSeconds(3)));
                robot.delay(900);
                capture(robot, out, "routine-" + step.id(), dark);
                before = before.plus(step.duration());
            }
            clock.set(start.plus(routine.totalOfSteps()).plusMillis(10));
            robot.delay(900);
            capture(robot, out, "routine-done", dark);
            SwingUtilities.invokeAndWait(() -> window[0].dispose());
        }
        System.exit(0);
    }

    private static void theme(boolean dark) {
        FlatLaf.setGlobalExtraDefaults(Map.of("@accentColor", "#23897D"));
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("routine-shots");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void capture(Robot robot, Path out, String name, boolean dark) throws Exception {
        Window w = null;
        for (Window candidate : Window.getWindows()) {
            if (candidate.isShowing()) {
                w = candidate;
            }
        }
        Rectangle r = w.getBounds();
        ImageIO.write(robot.createScreenCapture(r), "png",
                new File(out.toFile(), name + (dark ? "-dark" : "-light") + ".png"));
    }
}
