package org.deskbreak.core;

import java.time.Duration;
import java.util.Optional;

/** How long the user has been away from keyboard and mouse, where the platform can tell. */
@FunctionalInterface
public interface IdleSource {

    /** Used where no idle information is available: the planner then relies on the clock alone. */
    IdleSource NONE = Optional::empty;

    Optional<Duration> idleTime();
}
