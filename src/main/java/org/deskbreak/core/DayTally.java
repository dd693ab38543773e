package org.deskbreak.core;

/** Today's counts, reset at local midnight. */
public record DayTally(int completed, int partial, int skipped, int snoozed, int natural, int waited) {

    public static final DayTally EMPTY = new DayTally(0, 0, 0, 0, 0, 0);

    /** Counts of a day on which no break waited for the right moment. */
    public DayTally(int completed, int partial, int skipped, int snoozed, int natural) {
        this(completed, partial, skipped, snoozed, natural, 0);
    }

    /** Breaks taken with the routine, whole or in part. */
    public int breaksTaken() {
        return completed + partial;
    }

    DayTally add(EventKind kind) {
        return switch (kind) {
            case COMPLETED -> new DayTally(completed + 1, partial, skipped, snoozed, natural, waited);
            case PARTIAL -> new DayTally(completed, partial + 1, skipped, snoozed, natural, waited);
            case SKIPPED -> new DayTally(completed, partial, skipped + 1, snoozed, natural, waited);
            case SNOOZED -> new DayTally(completed, partial, skipped, snoozed + 1, natural, waited);
            case NATURAL -> new DayTally(completed, partial, skipped, snoozed, natural + 1, waited);
            case WAITED -> new DayTally(completed, partial, skipped, snoozed, natural, waited + 1);
            case PAUSED, RESUMED -> this;
        };
    }
}
