package org.deskbreak.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot for views: the tray tooltip, the status window and {@code deskbreak status}
 * render this and nothing else.
 *
 * @param nextBreakAt   when the next break falls due (counting, or off hours: the first one after the window opens)
 * @param pausedUntil   when a timed pause ends; empty when not paused or paused until resumed
 * @param dueSince      since when the current break has been due
 * @param snoozesLeft   snoozes still allowed today
 * @param waiting       the break is due but its reminder waits for the right moment (busy, or mid-sentence)
 */
public record PlannerState(
        Phase phase,
        Instant now,
        Optional<Instant> nextBreakAt,
        boolean paused,
        Optional<Instant> pausedUntil,
        Optional<Instant> dueSince,
        Optional<Instant> routineStartedAt,
        int snoozesLeft,
        DayTally today,
        Settings settings,
        boolean waiting) {

    /** A state whose reminder, if due, is not held back. */
    public PlannerState(Phase phase, Instant now, Optional<Instant> nextBreakAt, boolean paused,
                        Optional<Instant> pausedUntil, Optional<Instant> dueSince, Optional<Instant> routineStartedAt,
                        int snoozesLeft, DayTally today, Settings settings) {
        this(phase, now, nextBreakAt, paused, pausedUntil, dueSince, routineStartedAt, snoozesLeft, today, settings,
                false);
    }

    public Duration interval() {
        return settings.interval();
    }

    public boolean canSnooze() {
        return Planner.snoozeRefusal(phase, snoozesLeft).isEmpty();
    }
}
