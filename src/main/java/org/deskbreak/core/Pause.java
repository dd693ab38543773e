package org.deskbreak.core;

import java.time.Duration;
import java.util.Objects;

/** How long to pause reminders. */
public sealed interface Pause {

    record For(Duration length) implements Pause {
        public For {
            Objects.requireNonNull(length, "length");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a pause must be longer than zero: " + length);
            }
        }
    }

    /** Until the morning of the next day: the start of the working hours, else {@link Defaults#MORNING}. */
    record UntilTomorrowMorning() implements Pause {
    }

    record UntilResumed() implements Pause {
    }

    static Pause of(Duration length) {
        return new For(length);
    }

    static Pause untilTomorrowMorning() {
        return new UntilTomorrowMorning();
    }

    static Pause untilResumed() {
        return new UntilResumed();
    }
}
