package org.deskbreak.core;

/** Where the planner is in the break cycle. */
public enum Phase {
    /** Counting down to the next break. */
    COUNTING,
    /** A break is due and the reminder is showing. */
    DUE,
    /** The guided routine is running. */
    IN_ROUTINE,
    /** Reminders are paused, for a while or until resumed. */
    PAUSED,
    /** Outside the working days and hours: nothing falls due until the next window opens. */
    OFF_HOURS
}
