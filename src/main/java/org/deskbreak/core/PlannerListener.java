package org.deskbreak.core;

import java.time.Instant;

/**
 * What the core tells the outside world (the UI, history, the command server). Callbacks run on
 * the thread that drove the planner, while it holds its lock: implementations must return quickly
 * and hop to their own thread explicitly (Swing: the ui package's {@code Edt.later}; file work: the
 * app's file thread). No file or D-Bus work in a callback.
 */
public interface PlannerListener {

    /** Anything changed: phase, next break, pause, counts. */
    default void stateChanged(PlannerState state) {
    }

    /** The pre-break notice: a break falls due at {@code dueAt}. */
    default void breakSoon(Instant dueAt) {
    }

    /**
     * A break falls due at {@code dueAt}, {@link Defaults#PREPARE_AHEAD} from now: the moment to get
     * its reminder ready without showing anything, so that it reaches the screen at once when due.
     * Once per break, whether or not there is a pre-break notice.
     */
    default void breakNear(Instant dueAt) {
    }

    /** A break is due: show the reminder. {@code renudge} when it has been ignored a while. */
    default void breakDue(boolean renudge) {
    }

    /**
     * A break is due and the planner asks whether now is a good moment for its reminder: find out
     * off this thread (the checks may talk to the desktop) and answer with
     * {@link Planner#momentChecked(MomentCheck)}. {@code busy}: ask whether the user is busy;
     * {@code input}: ask how long since the last input. One listener answers.
     */
    default void momentWanted(boolean busy, boolean input) {
    }

    /**
     * The routine started (from the tray, the reminder, or the command line): show it. When the
     * window goes, in whatever way, tell the planner ({@link Planner#routineClosed()}).
     */
    default void routineStarted() {
    }

    /** The routine was asked for while its window (the routine or its end screen) is up: raise it. */
    default void routineToFront() {
    }

    /** The routine ended away from its window (skipped or snoozed elsewhere): close the window. */
    default void routineEnded() {
    }

    /** An outcome to record. */
    default void recorded(BreakEvent event) {
    }
}
