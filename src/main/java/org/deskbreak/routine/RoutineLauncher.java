package org.deskbreak.routine;

import java.awt.Image;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.deskbreak.core.Planner;

/** Opens the routine window for the planner's chosen routine; the window is built lazily and released on close. */
public final class RoutineLauncher {

    private final Planner planner;
    private final Path stateDir;
    private final double timeScale;
    private final List<? extends Image> icons;
    private final ChimePlayer chime;
    private RoutineWindow window;
    private Optional<String> loadProblem = Optional.empty();

    /** With the app's own window icons, read from the classpath. */
    public RoutineLauncher(Planner planner, Path stateDir, double timeScale) {
        this(planner, stateDir, timeScale, RoutineIcons.load());
    }

    /**
     * @param stateDir  where the window remembers its size and position
     * @param timeScale real seconds per routine second; below 1 runs the routine faster (tests, demos)
     * @param icons     the window icons, largest and smallest alike; empty for the toolkit's default
     */
    public RoutineLauncher(Planner planner, Path stateDir, double timeScale, List<? extends Image> icons) {
        this.planner = planner;
        this.stateDir = stateDir;
        this.timeScale = timeScale > 0 && !Double.isInfinite(timeScale) ? timeScale : 1.0;
        this.icons = List.copyOf(icons);
        this.chime = ChimePlayer.system(() -> planner.settings().sound());
    }

    /** EDT only. */
    public void show() {
        if (window != null) {
            window.toFront();
            return;
        }
        RoutineLoader.Loaded loaded = RoutineLoader.fromResources().load(planner.settings().routineId());
        loadProblem = loaded.problem();
        window = new RoutineWindow(planner, new RoutineSession(loaded.routine(), Clock.systemUTC(), timeScale),
                WindowBoundsFile.in(stateDir), icons, chime, this::windowClosed);
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
