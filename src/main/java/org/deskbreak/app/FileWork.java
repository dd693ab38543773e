package org.deskbreak.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that touches DeskBreak's files while it runs: history lines, the statistics
 * window's read, settings saved from a click. Work handed here runs one task at a time in the
 * order given, so history lines keep their order, and neither the event thread nor the
 * planner's lock ever waits for a slow disk. The thread exists only while there is work (it ends
 * after a quiet half minute), and as a daemon it never keeps DeskBreak from quitting; on the way
 * out {@link #drain} lets what was handed over finish.
 *
 * <p>A task here never waits for the event thread (it hands results over with {@code Edt.later}),
 * so the event thread may itself wait for the queue to drain, as Quit from the tray menu does.
 */
final class FileWork implements Executor {

    private static final Logger log = LoggerFactory.getLogger(FileWork.class);
    private static final long IDLE_SECONDS = 30;

    private final ThreadPoolExecutor thread;

    FileWork(String threadName) {
        Objects.requireNonNull(threadName, "threadName");
        thread = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        thread.allowCoreThreadTimeOut(true);
    }

    /** Queues {@code task} behind the work already handed over; returns at once. */
    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        try {
            thread.execute(() -> runLogged(task));
        } catch (RejectedExecutionException e) {
            log.warn("File work handed over after DeskBreak began to quit was not done: {}", task);
        }
    }

    /**
     * Takes no more work and waits, at most {@code timeout}, for what was handed over to finish.
     *
     * @return whether everything finished in time
     */
    boolean drain(Duration timeout) {
        thread.shutdown();
        try {
            boolean done = thread.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!done) {
                log.warn("File work still running after {} ms on the way out: {} task(s) not done",
                        timeout.toMillis(), thread.getQueue().size() + 1);
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // One failed write must not stop the ones behind it.
            log.error("File work failed", e);
        }
    }
}
