package org.deskbreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleWorkerThreadPoolTest {

    private static final long PATIENCE_SECONDS = 5;

    private final SingleWorkerThreadPool pool = new SingleWorkerThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopPool() throws InterruptedException {
        release.countDown();
        pool.shutdown(true);
        assertThat(pool.worker() == null || !pool.worker().isAlive()).as("worker ended").isTrue();
    }

    // ---- running work

    @Test
    void handedWorkRunsOnTheDaemonWorker() throws InterruptedException {
        pool.initialize();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);

        boolean accepted = pool.runInThread(() -> {
            ranOn.set(Thread.currentThread());
            ran.countDown();
        });

        assertThat(accepted).isTrue();
        assertThat(ran.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn.get().getName()).isEqualTo(SingleWorkerThreadPool.WORKER_NAME);
        assertThat(ranOn.get().isDaemon()).isTrue();
    }

    @Test
    void workThatThrowsDoesNotKillTheWorker() throws InterruptedException {
        pool.initialize();
        CountDownLatch secondRan = new CountDownLatch(1);

        pool.runInThread(() -> {
            throw new IllegalStateException("deliberate failure in handed work");
        });
        pool.runInThread(secondRan::countDown);

        assertThat(secondRan.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.worker().isAlive()).isTrue();
    }

    // ---- waiting for the worker

    @Test
    void blockForAvailableThreadsWaitsUntimedWhileTheWorkerIsBusy() throws InterruptedException {
        pool.initialize();
        pool.runInThread(this::awaitRelease);
        AtomicInteger available = new AtomicInteger(-1);
        Thread waiter = new Thread(() -> available.set(pool.blockForAvailableThreads()), "waiter");
        waiter.setDaemon(true);

        waiter.start();

        // WAITING, not TIMED_WAITING: parked with no timeout, so it costs nothing until released.
        awaitState(waiter, Thread.State.WAITING);
        assertThat(available.get()).as("still blocked while the worker is busy").isEqualTo(-1);
        release.countDown();
        waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertThat(available.get()).isEqualTo(1);
    }

    @Test
    void aFreeWorkerIsAvailableAtOnce() {
        pool.initialize();

        assertThat(pool.blockForAvailableThreads()).isEqualTo(1);
    }

    @Test
    void shutdownReleasesAWaiterAndRefusesNewWork() throws InterruptedException {
        pool.initialize();
        pool.runInThread(this::awaitRelease);
        AtomicInteger available = new AtomicInteger(-1);
        Thread waiter = new Thread(() -> available.set(pool.blockForAvailableThreads()), "waiter");
        waiter.setDaemon(true);
        waiter.start();
        awaitState(waiter, Thread.State.WAITING);

        pool.shutdown(false);

        waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertThat(available.get()).as("no thread available after shutdown").isZero();
        assertThat(pool.runInThread(() -> { })).isFalse();
    }

    @Test
    void shutdownWithWaitLetsRunningWorkFinishAndEndsTheWorker() throws InterruptedException {
        pool.initialize();
        CountDownLatch finished = new CountDownLatch(1);
        pool.runInThread(() -> {
            awaitRelease();
            finished.countDown();
        });
        Thread closer = new Thread(() -> pool.shutdown(true), "closer");
        closer.setDaemon(true);
        closer.start();
        awaitState(closer, Thread.State.WAITING);

        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));

        assertThat(finished.getCount()).isZero();
        assertThat(closer.isAlive()).isFalse();
        assertThat(pool.worker().isAlive()).isFalse();
    }

    // ---- idle cost

    @Test
    void anIdleWorkerNeverWakes() throws InterruptedException {
        pool.initialize();
        awaitState(pool.worker(), Thread.State.WAITING);

        // The observation window: a polling pool (Quartz's wakes every 500 ms) would wake here.
        Thread.sleep(Duration.ofMillis(1500).toMillis());

        assertThat(pool.workerWakeUps()).as("wake-ups while idle").isZero();
        assertThat(pool.worker().getState()).isEqualTo(Thread.State.WAITING);

        CountDownLatch ran = new CountDownLatch(1);
        pool.runInThread(ran::countDown);
        assertThat(ran.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.workerWakeUps()).as("one wake-up for one piece of work").isEqualTo(1);
    }

    private void awaitRelease() {
        try {
            release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bounded poll of another thread's state (there is no event to wait on for "is parked"). */
    private static void awaitState(Thread thread, Thread.State wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (thread.getState() != wanted && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).as(thread.getName() + " state").isEqualTo(wanted);
    }
}
