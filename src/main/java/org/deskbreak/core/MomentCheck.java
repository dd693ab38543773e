package org.deskbreak.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the desktop answered when the planner asked whether now is a good moment for a due break
 * ({@link PlannerListener#momentWanted}).
 *
 * @param busy       the user is presenting, in a meeting, fullscreen or has Do Not Disturb on
 * @param why        which signal said so, for the log and {@code deskbreak status}; empty when not busy
 * @param sinceInput how long since the last key press or pointer move; empty where it cannot be told
 */
public record MomentCheck(boolean busy, String why, Optional<Duration> sinceInput) {

    public MomentCheck {
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(sinceInput, "sinceInput");
    }

    public static MomentCheck free(Optional<Duration> sinceInput) {
        return new MomentCheck(false, "", sinceInput);
    }

    public static MomentCheck busy(String why, Optional<Duration> sinceInput) {
        return new MomentCheck(true, why, sinceInput);
    }
}
