package org.deskbreak.core;

/** Why an action was refused; the UI turns each into words. */
public enum Refusal {
    NOTHING_DUE,
    SNOOZE_LIMIT_REACHED,
    NOT_PAUSED,
    NOT_IN_ROUTINE,
    /** The routine's window (the routine or its end screen) is already up; it was brought to the front. */
    ROUTINE_SHOWING
}
