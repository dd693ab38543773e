package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.deskbreak.core.IdleSource;

/**
 * Idle time on macOS: {@code CGEventSourceSecondsSinceLastEventType} in CoreGraphics (part of
 * ApplicationServices), asked for the combined session state and any input event: the seconds
 * since the last key press, click or pointer move in this login session, as a double.
 */
final class MacIdle implements IdleSource {

    /** {@code kCGEventSourceStateCombinedSessionState}, of the CGEventSourceStateID enum (int32_t). */
    static final int COMBINED_SESSION_STATE = 0;
    /** {@code kCGAnyInputEventType}: {@code ((CGEventType)(~0))}, all 32 bits of a uint32_t set. */
    static final int ANY_INPUT_EVENT_TYPE = ~0;

    /** CoreGraphics.framework, as documented in CGEventSource.h. */
    interface CoreGraphics extends Library {
        /**
         * {@code CFTimeInterval CGEventSourceSecondsSinceLastEventType(CGEventSourceStateID source,
         * CGEventType eventType)}; CFTimeInterval is a double, both arguments 32-bit.
         */
        double CGEventSourceSecondsSinceLastEventType(int source, int eventType);
    }

    private final DoubleSupplier secondsSinceInput;

    MacIdle(DoubleSupplier secondsSinceInput) {
        this.secondsSinceInput = secondsSinceInput;
    }

    static MacIdle open() throws IdleUnavailable {
        CoreGraphics cg;
        try {
            cg = Native.load("CoreGraphics", CoreGraphics.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IdleUnavailable("CoreGraphics cannot be loaded: " + e.getMessage(), e);
        }
        return new MacIdle(() -> cg.CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION_STATE, ANY_INPUT_EVENT_TYPE));
    }

    @Override
    public Optional<Duration> idleTime() {
        return duration(secondsSinceInput.getAsDouble());
    }

    /** Whole milliseconds; a value that is not a time (NaN, negative, infinite) says nothing. */
    static Optional<Duration> duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) (seconds * 1000)));
    }
}
