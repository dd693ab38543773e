package org.deskbreak.core;

import java.time.Duration;

/** Whether a routine that reached its end earns a completed break: only if it was really done. */
public final class RoutineCredit {

    private RoutineCredit() {
    }

    /**
     * @param spent  routine time actually spent in the steps (not skipped with Next, not paused)
     * @param length the routine's full length
     */
    public static boolean completed(Duration spent, Duration length) {
        if (length.isZero() || length.isNegative()) {
            return true;
        }
        return spent.toMillis() >= Math.round(length.toMillis() * Defaults.COMPLETED_SHARE);
    }
}
