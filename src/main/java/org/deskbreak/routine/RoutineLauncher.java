package org.deskbreak.routine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.deskbreak.core.Planner;

/** Opens the routine window for the planner's chosen routine; the window is built lazily and released on close. */
public final class RoutineLauncher {

    private final Planner planner;
    private final Path stateDir;
    private final double timeScale;
    private RoutineWindow window;
    private Optional<String> loadProblem = Optional.empty();

    public RoutineLauncher(Planner planner, Path stateDir, double timeScale) {
        this.planner = planner;
        this.stateDir = stateDir;
        this.timeScale = timeScale > 0 && !Double.isInfinite(timeScale) ? timeScale : 1.0;
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
                this::windowClosed);
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
