package org.deskbreak.core;

/** Today's counts, reset at local midnight. */
public record DayTally(int completed, int partial, int skipped, int snoozed, int natural) {

    public static final DayTally EMPTY = new DayTally(0, 0, 0, 0, 0);

    /** Breaks taken with the routine, whole or in part. */
    public int breaksTaken() {
        return completed + partial;
    }

    DayTally add(EventKind kind) {
        return switch (kind) {
            case COMPLETED -> new DayTally(completed + 1, partial, skipped, snoozed, natural);
            case PARTIAL -> new DayTally(completed, partial + 1, skipped, snoozed, natural);
            case SKIPPED -> new DayTally(completed, partial, skipped + 1, snoozed, natural);
            case SNOOZED -> new DayTally(completed, partial, skipped, snoozed + 1, natural);
            case NATURAL -> new DayTally(completed, partial, skipped, snoozed, natural + 1);
            case PAUSED, RESUMED -> this;
        };
    }
}
