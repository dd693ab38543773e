package org.deskbreak.routine;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.deskbreak.ui.AppTheme;
import org.deskbreak.ui.ScreenshotKit;

/**
 * Saves a screenshot of every step of every routine, of the safety notes and of the end screen,
 * light and dark, each window at the size it opens at on this screen; run under a real X display
 * with a window manager. The session runs on a hand-moved clock, so every picture shows the same
 * moment: a few seconds into its step, mid-breath in the holds.
 */
public final class RoutineScreenshots {

    public static void main(String[] args) {
        ScreenshotKit.run(args, RoutineScreenshots::shoot);
    }

    private static void shoot(ScreenshotKit kit) throws Exception {
        Robot robot = kit.robot();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            ScreenshotKit.onEdt(() -> new AppTheme(false).apply(theme));
            boolean first = true;
            for (String id : RoutineLoader.index()) {
                String kind = id.substring(0, id.indexOf('-'));
                ManualClock clock = ManualClock.at("2026-03-02T15:08:00", "UTC");
                Planner planner = new Planner(clock, Settings.defaults().withSound(false), () -> Optional.of(Duration.ZERO));
                planner.start();
                planner.startRoutine();
                Routine routine = RoutineLoader.fromResources().load(id).routine();
                Instant start = clock.instant();
                RoutineWindow[] window = new RoutineWindow[1];
                boolean notes = first;
                SwingUtilities.invokeAndWait(() -> {
                    Guidance guidance = new Guidance(CuePlayer.system(() -> false, () -> 0), Speech.NONE, () -> false,
                            notes, () -> { }, on -> { });
                    window[0] = new RoutineWindow(planner, new RoutineSession(routine, clock, 1.0),
                            WindowBoundsFile.in(tempDir()), RoutineIcons.load(), guidance, clock.getZone(), Locale.UK, () -> { });
                    window[0].open();
                });
                if (first) {
                    robot.delay(900);
                    kit.capture(showing(), "routine-safety-" + name);
                    SwingUtilities.invokeAndWait(() -> window[0].leaveSafetyForTours());
                    first = false;
                }
                Duration before = Duration.ZERO;
                for (RoutineStep step : routine.steps()) {
                    // 2.6 s into a hold is most of the way through an in-breath: the circle is large.
                    clock.set(start.plus(before).plus(step.hold() ? Duration.ofMillis(2_600) : Duration.ofSeconds(3)));
                    robot.delay(700);
                    kit.capture(showing(), "routine-" + kind + "-" + step.id() + "-" + name);
                    before = before.plus(step.duration());
                }
                clock.set(start.plus(routine.totalOfSteps()).plusMillis(10));
                robot.delay(700);
                if (kind.equals("wall")) {
                    kit.capture(showing(), "routine-done-" + name);
                }
                SwingUtilities.invokeAndWait(() -> window[0].dispose());
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("routine-shots");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The routine window: the last window showing, with its frame. */
    private static Rectangle showing() {
        Window w = null;
        for (Window candidate : Window.getWindows()) {
            if (candidate.isShowing()) {
                w = candidate;
            }
        }
        return w.getBounds();
    }
}
