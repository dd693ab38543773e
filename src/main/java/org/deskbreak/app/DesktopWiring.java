package org.deskbreak.app;

import org.deskbreak.core.Planner;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.platform.AppDirs;

/** The real parts: deskbreak.ini, the Quartz scheduler and the routine window. */
final class DesktopWiring implements DesktopParts {

    private final AppDirs dirs;
    private final double timeScale;

    DesktopWiring(AppDirs dirs, double timeScale) {
        this.dirs = dirs;
        this.timeScale = timeScale;
    }

    @Override
    public SettingsStore settingsStore() {
        throw new UnsupportedOperationException("settings store not wired yet: " + dirs.settingsFile());
    }

    @Override
    public WakeUps startWakeUps(Runnable tick) {
        throw new UnsupportedOperationException("scheduler not wired yet");
    }

    @Override
    public RoutineWindow routineWindow(Planner planner) {
        throw new UnsupportedOperationException("routine window not wired yet " + timeScale);
    }
}
