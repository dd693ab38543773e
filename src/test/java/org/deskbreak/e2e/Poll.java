package org.deskbreak.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for something outside the test JVM (a window, a log line) with a deadline. */
final class Poll {

    private static final long INTERVAL_MS = 100;

    private Poll() {
    }

    static <T> T until(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    static void until(Duration timeout, String what, java.util.function.BooleanSupplier probe) {
        until(timeout, what, () -> probe.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
