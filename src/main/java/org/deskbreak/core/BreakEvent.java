package org.deskbreak.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One outcome, with its timestamps; {@link EventKind} says what start and end mean for each kind. */
public record BreakEvent(EventKind kind, Instant start, Optional<Instant> end) {

    public BreakEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static BreakEvent of(EventKind kind, Instant start, Instant end) {
        return new BreakEvent(kind, start, Optional.ofNullable(end));
    }
}
