package org.deskbreak.core;

import java.time.Instant;

/**
 * Delivers time to the planner: after every change the planner names the one instant it next
 * needs to look at the clock, and the scheduler calls {@link Planner#tick()} then. A new
 * instant replaces the previous one.
 */
@FunctionalInterface
public interface WakeUpScheduler {

    WakeUpScheduler NONE = when -> { };

    void wakeAt(Instant when);
}
