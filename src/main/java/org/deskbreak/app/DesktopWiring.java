package org.deskbreak.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.deskbreak.core.IdleSource;
import org.deskbreak.dbus.SessionBus;
import org.deskbreak.ui.ScreenCorner;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.history.HistoryLog;
import org.deskbreak.history.Statistics;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.platform.Autostart;
import org.deskbreak.platform.DesktopBusy;
import org.deskbreak.platform.DesktopIdle;
import org.deskbreak.platform.NativeHeap;
import org.deskbreak.platform.ScreenArea;
import org.deskbreak.routine.RoutineLauncher;
import org.deskbreak.schedule.QuartzWakeUps;
import org.deskbreak.settings.IniSettingsStore;
import org.deskbreak.settings.SettingsProblem;

/** The real parts: deskbreak.ini, history.csv, the Quartz scheduler and the routine window. */
final class DesktopWiring implements DesktopParts {

    private final AppDirs dirs;
    private final double timeScale;
    private final Autostart autostart;
    private IniSettingsStore store;
    private Boolean autostartApplied;

    /** {@code startOptions}: what this copy was started with, so a login start is the same. */
    DesktopWiring(AppDirs dirs, double timeScale, List<String> startOptions) {
        this.dirs = dirs;
        this.timeScale = timeScale;
        this.autostart = Autostart.detect(startOptions);
    }

    @Override
    public SettingsStore settingsStore() {
        if (store == null) {
            store = IniSettingsStore.of(dirs, Clock.systemDefaultZone());
        }
        return store;
    }

    @Override
    public IdleSource idle() {
        return DesktopIdle.detect(System.getenv());
    }

    @Override
    public MomentSources moments(Optional<SessionBus> bus) {
        DesktopIdle.Found idle = DesktopIdle.detect(System.getenv(), bus);
        DesktopBusy busy = DesktopBusy.detect(System.getenv(), bus, DesktopWiring::cardScreen);
        return new MomentSources(idle.source(), idle.kind(), idle.description(), busy, busy.describe());
    }

    private static Optional<ScreenArea> cardScreen() {
        try {
            java.awt.Rectangle r = ScreenCorner.cardScreen();
            return Optional.of(new ScreenArea(r.x, r.y, r.width, r.height));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<SettingsTrouble> settingsProblem() {
        return store == null ? Optional.empty() : store.lastProblem().map(DesktopWiring::trouble);
    }

    @Override
    public void onSettingsTrouble(java.util.function.Consumer<SettingsTrouble> listener) {
        ((IniSettingsStore) settingsStore()).onProblem(p -> listener.accept(trouble(p)));
    }

    private static SettingsTrouble trouble(SettingsProblem p) {
        return new SettingsTrouble(p.reason(), p.keptCopy().map(k -> k.getFileName().toString()), p.whileRunning());
    }

    @Override
    public void attachHistory(Planner planner, Executor fileWork) {
        HistoryLog history = new HistoryLog(dirs.data().resolve("history.csv"));
        ZoneId zone = ZoneId.systemDefault();
        Statistics stats = Statistics.of(history.read(), zone, LocalDate.now(zone), 1);
        planner.restoreToday(stats.todayTally());
        planner.addListener(history.recorder(fileWork));
    }

    /** Thirty days: the chart shows the last seven, the streak and the total look further back. */
    @Override
    public Statistics statistics() {
        ZoneId zone = ZoneId.systemDefault();
        return Statistics.of(new HistoryLog(dirs.data().resolve("history.csv")).read(), zone, LocalDate.now(zone), 30);
    }

    @Override
    public synchronized void settingsInEffect(Settings settings) {
        boolean wanted = settings.startAtLogin();
        if (autostartApplied == null) {
            autostart.applyAtStart(wanted);
        } else if (autostartApplied != wanted) {
            autostart.applyChosen(wanted);
        }
        autostartApplied = wanted;
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
    public RoutineWindow routineWindow(Planner planner, Consumer<UnaryOperator<Settings>> saveSettings) {
        // The language setting is the default locale by now; the zone is the desktop's.
        RoutineLauncher launcher = new RoutineLauncher(planner, Clock.systemDefaultZone(), Locale.getDefault(),
                dirs.data(), timeScale, saveSettings, () -> NativeHeap.trimSoon("the routine window closed"));
        return new RoutineWindow() {
            @Override
            public PlannerListener listener() {
                return launcher;
            }

            @Override
            public void close() {
                launcher.close();
            }
        };
    }
}
