package org.deskbreak.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.deskbreak.core.ActionResult;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a click can ask for. Break actions go to the planner; a settings change is saved
 * to deskbreak.ini first and then re-plans at once; asked for by a click, that happens on the file
 * thread ({@link #chooseInterval}, {@link #saveInBackground}). Window-opening actions are handed in.
 */
public final class BreakActions {

    private static final Logger log = LoggerFactory.getLogger(BreakActions.class);

    private final Planner planner;
    private final SettingsStore store;
    private final Executor fileWork;
    private final Consumer<Settings> settingsApplied;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final Runnable openStats;
    private final Runnable quit;

    /** Saves on the caller's thread, clicks included: for tests and tools that have no file thread. */
    public BreakActions(Planner planner, SettingsStore store, Consumer<Settings> settingsApplied,
                        Runnable openSettings, Runnable openAbout, Runnable openStats, Runnable quit) {
        this(planner, store, Runnable::run, settingsApplied, openSettings, openAbout, openStats, quit);
    }

    /**
     * @param fileWork        where a save asked for by a click runs, in order: never the event thread
     * @param settingsApplied told after new settings were saved and applied (the theme may change)
     */
    public BreakActions(Planner planner, SettingsStore store, Executor fileWork, Consumer<Settings> settingsApplied,
                        Runnable openSettings, Runnable openAbout, Runnable openStats, Runnable quit) {
        this.planner = planner;
        this.store = store;
        this.fileWork = fileWork;
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

    /** A frequency chosen from a menu: saved and applied on the file thread, so the click returns at once. */
    public CompletableFuture<Void> chooseInterval(Duration interval) {
        return inBackground("save the new frequency", () -> setInterval(interval));
    }

    /** The Settings window's Save: written and applied on the file thread, so the click returns at once. */
    public CompletableFuture<Void> saveInBackground(Settings settings) {
        return inBackground("save the settings", () -> saveSettings(settings));
    }

    private CompletableFuture<Void> inBackground(String what, Runnable work) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(work, fileWork);
        done.whenComplete((ignored, failure) -> {
            if (failure != null) {
                log.warn("could not {}", what, failure);
            }
        });
        return done;
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
