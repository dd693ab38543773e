package org.deskbreak.app;

import org.deskbreak.core.Planner;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.core.WakeUpScheduler;

/**
 * The pieces the desktop app is wired from that live in other packages: the settings file,
 * the scheduler that delivers time, and the routine window. {@link DesktopWiring} makes the
 * real ones; tests and screenshot tools hand in their own.
 */
public interface DesktopParts {

    SettingsStore settingsStore();

    /** Starts delivering time: {@code tick} is called at each instant asked for. */
    WakeUps startWakeUps(Runnable tick);

    /** The routine window for this planner. Event thread. */
    RoutineWindow routineWindow(Planner planner);

    /** A running scheduler. */
    interface WakeUps extends WakeUpScheduler {
        void stop();
    }

    /** The guided routine's window. Event thread. */
    interface RoutineWindow {
        void show();

        void close();
    }
}
