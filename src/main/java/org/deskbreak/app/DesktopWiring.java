package org.deskbreak.app;

import java.time.Instant;
import org.deskbreak.core.Planner;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.schedule.QuartzWakeUps;

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
        QuartzWakeUps quartz = QuartzWakeUps.start(tick);
        return new WakeUps() {
            @Override
            public void wakeAt(Instant when) {
                quartz.wakeAt(when);
            }

            @Override
            public void stop() {
                quartz.close();
            }
        };
    }

    @Override
    public RoutineWindow routineWindow(Planner planner) {
        throw new UnsupportedOperationException("routine window not wired yet " + timeScale);
    }
}
