package org.deskbreak.ui;

import java.awt.EventQueue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hop to the event thread, by name, so the threading can be read off the code:
 * {@link #later} hands work over and returns, {@link #now} waits for it but never forever (a wait
 * that runs out is reported as the likely deadlock it is, with what the event thread was doing),
 * and {@link #check} is how a view's entry point says it must be called on the event thread.
 */
public final class Edt {

    private static final Logger log = LoggerFactory.getLogger(Edt.class);

    private Edt() {
    }

    /** Runs {@code work} on the event thread after what is already queued there; returns at once. */
    public static void later(Runnable work) {
        EventQueue.invokeLater(Objects.requireNonNull(work, "work"));
    }

    /** Runs {@code work} on the event thread and waits for it, at most {@code timeout}. */
    public static void now(Runnable work, Duration timeout) {
        Objects.requireNonNull(work, "work");
        now(() -> {
            work.run();
            return null;
        }, timeout);
    }

    /**
     * Computes {@code work} on the event thread and returns its result; on the event thread itself
     * it runs at once. What {@code work} throws is thrown here.
     *
     * @throws EventThreadTimeout when the event thread has not finished it within {@code timeout}:
     *                            it is blocked, most likely on something this thread holds
     */
    public static <T> T now(Callable<T> work, Duration timeout) {
        Objects.requireNonNull(work, "work");
        if (EventQueue.isDispatchThread()) {
            return call(work);
        }
        FutureTask<T> task = new FutureTask<>(work);
        EventQueue.invokeLater(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(false);  // if it has not started yet, it never will: nobody waits for it
            String where = eventThreadStack();
            log.error("The event thread did not finish a task within {} ms, a likely deadlock. Waiting: {}. "
                    + "The event thread is at:{}", timeout.toMillis(), Thread.currentThread().getName(), where);
            throw new EventThreadTimeout("the event thread did not answer within " + timeout.toMillis() + " ms" + where);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event thread", e);
        }
    }

    /** Says out loud that the caller must be on the event thread; throws when it is not. */
    public static void check() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("must be called on the event thread, not on " + Thread.currentThread().getName());
        }
    }

    /** A wait for the event thread that ran out. */
    public static final class EventThreadTimeout extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        EventThreadTimeout(String message) {
            super(message);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static String eventThreadStack() {
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        return all.entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("AWT-EventQueue"))
                .map(e -> "\n  " + e.getKey().getName() + " (" + e.getKey().getState() + ")"
                        + Arrays.stream(e.getValue()).map(f -> "\n    at " + f).collect(Collectors.joining()))
                .collect(Collectors.joining());
    }
}
