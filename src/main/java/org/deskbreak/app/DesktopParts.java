package org.deskbreak.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.deskbreak.core.BusySource;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.core.WakeUpScheduler;
import org.deskbreak.dbus.SessionBus;
import org.deskbreak.history.Statistics;

/**
 * The pieces the desktop app is wired from that live in other packages: the settings file,
 * the scheduler that delivers time, the history file and the routine window.
 * {@link DesktopWiring} makes the real ones; tests and screenshot tools hand in their own.
 */
public interface DesktopParts {

    SettingsStore settingsStore();

    /**
     * What went wrong reading the settings file at start (a broken file set aside, bad values
     * replaced), in words for the user; told once. Call after {@link SettingsStore#load()}.
     */
    default Optional<SettingsTrouble> settingsProblem() {
        return Optional.empty();
    }

    /** Told when, while running, a settings file DeskBreak could not read was kept aside before a save. */
    default void onSettingsTrouble(java.util.function.Consumer<SettingsTrouble> listener) {
    }

    /**
     * The settings file could not be used.
     *
     * @param reason what was wrong (technical detail, shown in brackets)
     * @param keptAs the name the unusable file was kept under, when it was set aside
     * @param whileRunning found at a save while running (the settings in force stay), not at start
     */
    record SettingsTrouble(String reason, Optional<String> keptAs, boolean whileRunning) {
        public SettingsTrouble(String reason, Optional<String> keptAs) {
            this(reason, keptAs, false);
        }
    }

    /**
     * Connects the planner to the history file before it starts: today's counts, every outcome.
     * The planner's listener only hands each outcome to {@code fileWork}, which writes them in order.
     */
    default void attachHistory(Planner planner, Executor fileWork) {
    }

    /** The counts the statistics window shows, read afresh each time it opens. File thread, never the event thread. */
    default Statistics statistics() {
        ZoneId zone = ZoneId.systemDefault();
        return Statistics.of(List.of(), zone, LocalDate.now(zone), 7);
    }

    /** The settings now in effect (at start and after every change): login entry and the like. */
    default void settingsInEffect(Settings settings) {
    }

    /** How long the user has been away from keyboard and mouse, where the desktop can tell. */
    default IdleSource idle() {
        return IdleSource.NONE;
    }

    /**
     * What says whether now is a good moment for a reminder: the idle source (which the planner
     * also uses for breaks taken away from the desk) and the desktop's busy signals. {@code bus}
     * is the app's one session-bus connection, where there is one. Not on the event thread.
     */
    default MomentSources moments(Optional<SessionBus> bus) {
        return new MomentSources(idle(), "given", "handed in", BusySource.NONE, "nothing");
    }

    /** Starts delivering time: {@code tick} is called at each instant asked for. */
    WakeUps startWakeUps(Runnable tick);

    /**
     * The routine window for this planner. Event thread.
     *
     * @param saveSettings saves a settings change made from the routine window, in the background
     */
    RoutineWindow routineWindow(Planner planner, java.util.function.Consumer<java.util.function.UnaryOperator<Settings>> saveSettings);

    /** The routines offered, in order, from the routine index; the first is the default. */
    default List<String> routineIds() {
        return org.deskbreak.routine.RoutineLoader.index();
    }

    /** A running scheduler. */
    interface WakeUps extends WakeUpScheduler {
        void stop();
    }

    /** The guided routine's window. Event thread. */
    interface RoutineWindow {
        /** Hears the planner's routine events and shows, raises or closes the window to match. */
        PlannerListener listener();

        /** On quitting. */
        void close();
    }
}
