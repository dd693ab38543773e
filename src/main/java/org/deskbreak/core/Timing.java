package org.deskbreak.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When a due break may interrupt.
 *
 * @param waitWhileBusy      hold the reminder while the desktop says the user is presenting, in a
 *                           meeting, watching fullscreen or has Do Not Disturb on
 * @param busyLimit          the longest a break waits for that; then the reminder shows anyway
 * @param waitForTypingPause hold the reminder until the keyboard and mouse rest a moment
 */
public record Timing(boolean waitWhileBusy, Duration busyLimit, boolean waitForTypingPause) {

    public Timing {
        Objects.requireNonNull(busyLimit, "busyLimit");
        Defaults.BUSY_LIMIT.require(busyLimit, "busyLimit");
    }

    /** Whether the planner asks anything at all before it shows a due break. */
    public boolean waitsForAnything() {
        return waitWhileBusy || waitForTypingPause;
    }

    public Timing withWaitWhileBusy(boolean value) {
        return new Timing(value, busyLimit, waitForTypingPause);
    }

    public Timing withBusyLimit(Duration value) {
        return new Timing(waitWhileBusy, value, waitForTypingPause);
    }

    public Timing withWaitForTypingPause(boolean value) {
        return new Timing(waitWhileBusy, busyLimit, value);
    }
}
