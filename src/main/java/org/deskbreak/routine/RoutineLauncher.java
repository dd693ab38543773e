package org.deskbreak.routine;

import java.awt.Image;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.PlannerState;
import org.deskbreak.ui.Edt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the routine window when the planner starts the routine; the window is built lazily and
 * released on close. It hears the planner from any thread and does its work on the event thread.
 *
 * <p>Its half of the contract with the planner: whenever its window goes, however it goes (Finish,
 * Close, Esc, the close box, the window manager, or an exception or error while it was being
 * built), it tells the planner {@link Planner#routineClosed()}, so the planner is never left in
 * the routine with nothing on screen.
 */
public final class RoutineLauncher implements PlannerListener {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineLauncher.class);

    private final Planner planner;
    private final Clock clock;
    private final Locale locale;
    private final Path stateDir;
    private final double timeScale;
    private final List<? extends Image> icons;
    private final CuePlayer cues;
    private final Function<String, RoutineLoader.Loaded> routines;
    private final Runnable afterClose;
    private final Consumer<UnaryOperator<Settings>> saveSettings;
    private final SafetyNotesFile safetyNotes;
    private Speech speech;
    private RoutineWindow window;
    private Optional<String> loadProblem = Optional.empty();

    /**
     * With the app's own window icons, read from the classpath.
     *
     * @param saveSettings saves a settings change (reading aloud, switched on from the safety card)
     * @param afterClose   runs on the event thread once a window has closed and gone (giving back its memory)
     */
    public RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                           Consumer<UnaryOperator<Settings>> saveSettings, Runnable afterClose) {
        this(planner, clock, locale, stateDir, timeScale, RoutineIcons.load(), RoutineLoader.fromResources()::load,
                saveSettings, afterClose);
    }

    /**
     * @param clock     what the routine's steps are timed by; its zone is the one the end screen's times are in
     * @param locale    the language of the window's texts and times
     * @param stateDir  where the window remembers its size and position
     * @param timeScale real seconds per routine second; below 1 runs the routine faster (tests, demos)
     * @param icons     the window icons, largest and smallest alike; empty for the toolkit's default
     */
    public RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                           List<? extends Image> icons) {
        this(planner, clock, locale, stateDir, timeScale, icons, RoutineLoader.fromResources()::load, change -> { }, () -> { });
    }

    /** @param routines the routine for an id (tests hand in one that fails) */
    RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                    List<? extends Image> icons, Function<String, RoutineLoader.Loaded> routines) {
        this(planner, clock, locale, stateDir, timeScale, icons, routines, change -> { }, () -> { });
    }

    RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                    List<? extends Image> icons, Function<String, RoutineLoader.Loaded> routines, Runnable afterClose) {
        this(planner, clock, locale, stateDir, timeScale, icons, routines, change -> { }, afterClose);
    }

    RoutineLauncher(Planner planner, Clock clock, Locale locale, Path stateDir, double timeScale,
                    List<? extends Image> icons, Function<String, RoutineLoader.Loaded> routines,
                    Consumer<UnaryOperator<Settings>> saveSettings, Runnable afterClose) {
        this.routines = routines;
        this.saveSettings = saveSettings;
        this.afterClose = afterClose;
        this.safetyNotes = SafetyNotesFile.in(stateDir);
        this.planner = planner;
        this.clock = clock;
        this.locale = locale;
        this.stateDir = stateDir;
        this.timeScale = timeScale > 0 && !Double.isInfinite(timeScale) ? timeScale : 1.0;
        this.icons = List.copyOf(icons);
        this.cues = CuePlayer.system(() -> planner.settings().sound(), () -> planner.settings().volume());
    }

    @Override
    public void routineStarted() {
        Edt.later(this::show);
    }

    /** A little before a break: the routine window's drawing is got ready, so Start opens it at once. */
    @Override
    public void breakNear(Instant dueAt) {
        Edt.later(this::prepare);
    }

    @Override
    public void routineToFront() {
        Edt.later(this::toFront);
    }

    @Override
    public void routineEnded() {
        Edt.later(this::endedElsewhere);
    }

    /**
     * The end screen is about the break just taken: once the next one falls due it has nothing
     * left to say, and left open it would hold that break's routine back. That is as soon as the
     * break is due, even while its reminder waits for the right moment.
     */
    @Override
    public void stateChanged(PlannerState state) {
        if (state.phase() == Phase.DUE) {
            Edt.later(this::closeEndScreen);
        }
    }

    /** Opens a new routine window. EDT only. */
    public void show() {
        if (window != null) {
            // The planner starts no routine while a window is up; should it, the new one wins.
            LOG.warn("a routine started while its window was still up; replacing the window");
            window.discard();
            window = null;
        }
        boolean opened = false;
        try {
            RoutineLoader.Loaded loaded = routines.apply(planner.settings().routineId());
            loadProblem = loaded.problem();
            Guidance guidance = new Guidance(cues, speech(), () -> planner.settings().speak(), !safetyNotes.seen(),
                    safetyNotes::markSeen, on -> saveSettings.accept(s -> s.withSpeak(on)));
            window = new RoutineWindow(planner, new RoutineSession(loaded.routine(), clock, timeScale),
                    WindowBoundsFile.in(stateDir), icons, guidance, clock.getZone(), locale, this::windowClosed);
            window.open();
            opened = true;
        } catch (RuntimeException e) {
            LOG.error("the routine window could not be shown", e);
        } finally {
            // An Error (say, out of memory) still goes on up once the planner has been told.
            if (!opened) {
                RoutineWindow broken = window;
                window = null;
                if (broken != null) {
                    broken.discard();
                }
                planner.routineClosed();
            }
        }
    }

    /**
     * Draws the chosen routine's first step off screen and lets it go: the first routine window of a
     * run then finds its drawing parsed and its classes loaded. Nothing is shown or kept. EDT only.
     */
    void prepare() {
        if (window != null) {
            return;
        }
        long start = System.nanoTime();
        try {
            RoutineWindow.drawAhead(routines.apply(planner.settings().routineId()).routine(), locale);
            LOG.debug("routine window prepared in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Only a head start is lost: the window does the same work when it opens.
            LOG.debug("could not prepare the routine window", e);
        }
    }

    /** EDT only. */
    private void toFront() {
        if (window != null) {
            window.toFront();
        } else {
            // Nothing is up although the planner thought so: let it know rather than stay stuck.
            LOG.warn("asked to raise a routine window that is not there");
            planner.routineClosed();
        }
    }

    private void closeEndScreen() {
        if (window != null && window.onEndScreen()) {
            window.close();
        }
    }

    /** The routine was skipped or snoozed from elsewhere: its steps go; an end screen may stay. */
    private void endedElsewhere() {
        if (window != null && !window.onEndScreen()) {
            window.close();
        }
    }

    public boolean isShowing() {
        return window != null;
    }

    /** Closes the window (on quitting); the planner hears of it as of any other close. EDT only. */
    public void close() {
        if (window != null) {
            window.close();
        }
    }

    /** The speech engine is looked for once, when first needed. */
    private Speech speech() {
        if (speech == null) {
            speech = ProcessSpeech.system();
        }
        return speech;
    }

    public Optional<String> loadProblem() {
        return loadProblem;
    }

    private void windowClosed() {
        LOG.info("routine window closed");
        window = null;
        planner.routineClosed();
        afterClose.run();
    }

    /** The window's timer work, for tests that move their clock by hand. EDT only. */
    void tick() {
        if (window != null) {
            window.tick();
        }
    }

    Path stateDir() {
        return stateDir;
    }
}
