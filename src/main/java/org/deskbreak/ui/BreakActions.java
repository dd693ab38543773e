package org.deskbreak.ui;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.deskbreak.core.ActionResult;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;

/**
 * Everything a click can ask for. Break actions go to the planner; a settings change is saved
 * to deskbreak.ini first and then re-plans at once. Window-opening actions are handed in.
 * Settings changes from any thread (menu, window, command line, hand edit) are applied one at a
 * time, so the planner always ends up with what the file holds.
 */
public final class BreakActions {

    private final Planner planner;
    private final SettingsStore store;
    private final Consumer<Settings> settingsApplied;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final Runnable openStats;
    private final Runnable quit;
    /** Held from reading the stored settings to the planner applying the result; never the planner's lock. */
    private final Object settingsLock = new Object();

    /**
     * @param settingsApplied told after new settings were saved and applied (the theme may change)
     */
    public BreakActions(Planner planner, SettingsStore store, Consumer<Settings> settingsApplied,
                        Runnable openSettings, Runnable openAbout, Runnable openStats, Runnable quit) {
        this.planner = planner;
        this.store = store;
        this.settingsApplied = settingsApplied;
        this.openSettings = openSettings;
        this.openAbout = openAbout;
        this.openStats = openStats;
        this.quit = quit;
    }

    public ActionResult startRoutine() {
        return planner.startRoutine();
    }

    public ActionResult snooze() {
        return planner.snooze();
    }

    public ActionResult snoozeMinutes(int minutes) {
        return planner.snooze(Duration.ofMinutes(minutes));
    }

    public ActionResult skip() {
        return planner.skip();
    }

    public ActionResult pause(Pause how) {
        return planner.pause(how);
    }

    public ActionResult resume() {
        return planner.resume();
    }

    public void setIntervalMinutes(int minutes) {
        setInterval(Duration.ofMinutes(minutes));
    }

    /** @throws SettingsNotSaved when the file could not be written; the interval applies all the same */
    public void setInterval(Duration interval) {
        updateSettings(s -> s.withInterval(interval));
    }

    /**
     * Applies {@code change} to the settings in force at this moment, saves and re-plans, as one
     * step. Returns the settings now in force.
     *
     * @throws SettingsNotSaved when the file could not be written; the new settings apply all the same
     */
    public Settings updateSettings(UnaryOperator<Settings> change) {
        synchronized (settingsLock) {
            Settings next;
            try {
                next = store.update(change);
            } catch (SettingsNotSaved e) {
                apply(e.inForce());
                throw e;
            }
            apply(next);
            return next;
        }
    }

    /** The file was edited by hand: takes what the store holds now, never an older delivery. */
    public void settingsChangedOutside() {
        synchronized (settingsLock) {
            apply(store.current());
        }
    }

    private void apply(Settings settings) {
        planner.applySettings(settings);
        settingsApplied.accept(settings);
    }

    public void openSettings() {
        openSettings.run();
    }

    public void openAbout() {
        openAbout.run();
    }

    public void openStats() {
        openStats.run();
    }

    public void quit() {
        quit.run();
    }
}
