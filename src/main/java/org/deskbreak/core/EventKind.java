package org.deskbreak.core;

/** What happened to a break; each is recorded for history and statistics. */
public enum EventKind {
    /** The routine ran to its end. start: routine started, end: finished. */
    COMPLETED,
    /** The routine was finished early. start: routine started, end: finished. */
    PARTIAL,
    /** A due break was skipped. start: due since, end: skipped at. */
    SKIPPED,
    /** A due break was put off. start: snoozed at, end: due again at. */
    SNOOZED,
    /** The user was away (machine asleep, clock jump, or idle). start: away from, end: back at. */
    NATURAL,
    /**
     * A due break waited for the right moment (the user was presenting, fullscreen or had Do Not
     * Disturb on) before its reminder showed. start: due at, end: reminder shown at. Recorded
     * besides the break's own outcome, which follows as usual.
     */
    WAITED,
    /** Reminders paused. start: paused at, end: until when, or empty until resumed. */
    PAUSED,
    /** Reminders resumed. start: paused at, end: resumed at. */
    RESUMED
}
