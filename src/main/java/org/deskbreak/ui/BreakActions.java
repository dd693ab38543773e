package org.deskbreak.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.deskbreak.core.ActionResult;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a click can ask for. Break actions go to the planner; a settings change is saved
 * to deskbreak.ini first and then re-plans at once; asked for by a click, that happens on the file
 * thread ({@link #chooseInterval}, {@link #saveInBackground}). Window-opening actions are handed in.
 * Settings changes from any thread (menu, window, command line, hand edit) are applied one at a
 * time, so the planner always ends up with what the file holds.
 */
public final class BreakActions {

    private static final Logger log = LoggerFactory.getLogger(BreakActions.class);

    private final Planner planner;
    private final SettingsStore store;
    private final Executor fileWork;
    private final Consumer<Settings> settingsApplied;
    private final Consumer<SettingsNotSaved> notSaved;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final Runnable openStats;
    private final Runnable quit;
    /** Held from reading the stored settings to the planner applying the result; never the planner's lock. */
    private final Object settingsLock = new Object();

    /** Saves on the caller's thread, clicks included: for tests and tools that have no file thread. */
    public BreakActions(Planner planner, SettingsStore store, Consumer<Settings> settingsApplied,
                        Runnable openSettings, Runnable openAbout, Runnable openStats, Runnable quit) {
        this(planner, store, Runnable::run, settingsApplied, e -> { }, openSettings, openAbout, openStats, quit);
    }

    /**
     * @param fileWork        where a save asked for by a click runs, in order: never the event thread
     * @param settingsApplied told after new settings were saved and applied (the theme may change)
     * @param notSaved        told, on the file thread, when a menu choice applies but cannot be written
     */
    public BreakActions(Planner planner, SettingsStore store, Executor fileWork, Consumer<Settings> settingsApplied,
                        Consumer<SettingsNotSaved> notSaved,
                        Runnable openSettings, Runnable openAbout, Runnable openStats, Runnable quit) {
        this.planner = planner;
        this.store = store;
        this.fileWork = fileWork;
        this.settingsApplied = settingsApplied;
        this.notSaved = notSaved;
        this.openSettings = openSettings;
        this.openAbout = openAbout;
        this.openStats = openStats;
        this.quit = quit;
    }

    public ActionResult startRoutine() {
        return planner.startRoutine();
    }

    /**
     * Makes {@code routineId} the chosen routine and starts it: saved on the file thread, then
     * started, so the routine window opens on the routine just chosen. A file that cannot be
     * written does not stop the break.
     */
    public CompletableFuture<Settings> startRoutine(String routineId) {
        return inBackground("start the chosen routine", () -> {
            Settings in;
            try {
                in = updateSettings(s -> s.withRoutineId(routineId));
            } catch (SettingsNotSaved e) {
                in = e.inForce();
            }
            planner.startRoutine();
            return in;
        });
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

    /** @throws SettingsNotSaved when the file could not be written; the interval applies all the same */
    public void setInterval(Duration interval) {
        updateSettings(s -> s.withInterval(interval));
    }

    /**
     * Applies {@code change} to the settings in force at this moment, saves and re-plans, as one
     * step, on the caller's thread. Returns the settings now in force.
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

    /**
     * A frequency chosen from a menu: saved and applied on the file thread, so the click returns at
     * once. When the file cannot be written the new frequency applies all the same, the user is told
     * why (a menu has nowhere to show it), and the future fails with {@link SettingsNotSaved}.
     */
    public CompletableFuture<Settings> chooseInterval(Duration interval) {
        CompletableFuture<Settings> done = inBackground("save the new frequency",
                () -> updateSettings(s -> s.withInterval(interval)));
        done.whenComplete((ignored, failure) -> tellIfNotSaved(failure));
        return done;
    }

    /**
     * The Settings window's Save: {@code change} applied onto the settings in force, written and
     * applied on the file thread, so the click returns at once.
     */
    public CompletableFuture<Settings> saveInBackground(UnaryOperator<Settings> change) {
        return inBackground("save the settings", () -> updateSettings(change));
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

    private void tellIfNotSaved(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        if (cause instanceof SettingsNotSaved e) {
            notSaved.accept(e);
        }
    }

    private CompletableFuture<Settings> inBackground(String what, Supplier<Settings> work) {
        CompletableFuture<Settings> done = CompletableFuture.supplyAsync(work, fileWork);
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
