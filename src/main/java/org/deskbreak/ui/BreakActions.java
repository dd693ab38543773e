package org.deskbreak.ui;

import java.time.Duration;
import java.util.function.Consumer;
import org.deskbreak.core.ActionResult;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;

/**
 * Everything a click can ask for. Break actions go to the planner; a settings change is saved
 * to deskbreak.ini first and then re-plans at once. Window-opening actions are handed in.
 */
public final class BreakActions {

    private final Planner planner;
    private final SettingsStore store;
    private final Consumer<Settings> settingsApplied;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final Runnable openStats;
    private final Runnable quit;

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

    public void setInterval(Duration interval) {
        saveSettings(planner.settings().withInterval(interval));
    }

    public void saveSettings(Settings settings) {
        store.save(settings);
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
