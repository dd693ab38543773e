package org.deskbreak.routine;

import java.awt.EventQueue;
import java.awt.Image;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;

/**
 * Opens the routine window when the planner starts the routine; the window is built lazily and
 * released on close. It hears the planner from any thread and does its work on the event thread.
 */
public final class RoutineLauncher implements PlannerListener {

    private final Planner planner;
    private final Clock clock;
    private final Locale locale;
    private final Path stateDir;
    private final double timeScale;
    private final List<? extends Image> icons;
    private final ChimePlayer chime;
    private RoutineWindow window;
    private Optional<String> loadProblem = Optional.empty();

    /** With the app's own window icons, read from the classpath. */
    public RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale) {
        this(planner, clock, locale, stateDir, timeScale, RoutineIcons.load());
    }

    /**
     * @param clock     what the routine's steps are timed by; its zone is the one the end screen's times are in
     * @param locale    the language of the window's texts and times
     * @param stateDir  where the window remembers its size and position
     * @param timeScale real seconds per routine second; below 1 runs the routine faster (tests, demos)
     * @param icons     the window icons, largest and smallest alike; empty for the toolkit's default
     */
    public RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                           List<? extends Image> icons) {
        this.planner = planner;
        this.clock = clock;
        this.locale = locale;
        this.stateDir = stateDir;
        this.timeScale = timeScale > 0 && !Double.isInfinite(timeScale) ? timeScale : 1.0;
        this.icons = List.copyOf(icons);
        this.chime = ChimePlayer.system(() -> planner.settings().sound());
    }

    @Override
    public void routineStarted() {
        EventQueue.invokeLater(this::show);
    }

    /** EDT only. */
    public void show() {
        if (window != null) {
            window.toFront();
            return;
        }
        RoutineLoader.Loaded loaded = RoutineLoader.fromResources().load(planner.settings().routineId());
        loadProblem = loaded.problem();
        window = new RoutineWindow(planner, new RoutineSession(loaded.routine(), clock, timeScale),
                WindowBoundsFile.in(stateDir), icons, chime, clock.getZone(), locale, this::windowClosed);
        window.open();
    }

    public boolean isShowing() {
        return window != null;
    }

    public void close() {
        if (window != null) {
            window.dispose();
            window = null;
        }
    }

    public Optional<String> loadProblem() {
        return loadProblem;
    }

    private void windowClosed() {
        window = null;
    }

    Path stateDir() {
        return stateDir;
    }
}
