package org.deskbreak.schedule;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.quartz.spi.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Quartz thread pool of one daemon worker that sleeps until it is handed work. Quartz's stock
 * {@code SimpleThreadPool} wakes each idle worker every 500 ms to look for work; here every wait
 * is untimed, so a tray app that has nothing to do costs no wake-ups in this pool. One worker is
 * enough: DeskBreak runs one job, the planner's tick, and never two at once.
 *
 * <p>Quartz creates the pool from its class name ({@code org.quartz.threadPool.class}), hence the
 * public no-argument constructor.
 */
public final class SingleWorkerThreadPool implements ThreadPool {

    static final String WORKER_NAME = "DeskBreak_Worker";

    private static final Logger log = LoggerFactory.getLogger(SingleWorkerThreadPool.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workHandedOver = lock.newCondition();
    private final Condition workerFree = lock.newCondition();

    // All guarded by lock.
    private Thread worker;
    private Runnable handedOver;
    private boolean running;
    private boolean shutDown;
    private long workerWakeUps;

    public SingleWorkerThreadPool() {
    }

    @Override
    public void initialize() {
        lock.lock();
        try {
            if (worker != null || shutDown) {
                return;
            }
            // A new thread inherits the initialising thread's context class loader, as Quartz's
            // threadsInheritContextClassLoaderOfInitializer asks of the scheduler thread.
            worker = new Thread(this::work, WORKER_NAME);
            worker.setDaemon(true);
            worker.start();
        } finally {
            lock.unlock();
        }
    }

    /** Hands {@code work} to the worker, waiting (untimed) while it is busy; false once shut down. */
    @Override
    public boolean runInThread(Runnable work) {
        if (work == null) {
            return false;
        }
        lock.lock();
        try {
            while (isBusy() && !shutDown) {
                workerFree.await();
            }
            if (shutDown) {
                return false;
            }
            handedOver = work;
            workHandedOver.signal();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks, untimed, until the worker is free: 1, or 0 once the pool is shut down. Quartz's
     * scheduler thread interrupts itself to halt; it then sees its halt flag and stops, so an
     * interrupt here just returns 0 early.
     */
    @Override
    public int blockForAvailableThreads() {
        lock.lock();
        try {
            while (isBusy() && !shutDown) {
                workerFree.await();
            }
            return shutDown ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the worker once it has finished what it was handed. With {@code waitForJobsToComplete}
     * the caller waits for that, unless the caller is the worker itself (a job closing the app).
     */
    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        Thread toJoin;
        lock.lock();
        try {
            shutDown = true;
            workHandedOver.signalAll();
            workerFree.signalAll();
            toJoin = worker;
        } finally {
            lock.unlock();
        }
        if (waitForJobsToComplete && toJoin != null && toJoin != Thread.currentThread()) {
            try {
                toJoin.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return 1;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // One pool per scheduler and a fixed worker name: nothing to derive from the id.
    }

    @Override
    public void setInstanceName(String schedName) {
        // The scheduler's name is unique per instance and long; the worker keeps a readable name.
    }

    /** How often the worker has woken from waiting for work: once per job, never while idle. */
    long workerWakeUps() {
        lock.lock();
        try {
            return workerWakeUps;
        } finally {
            lock.unlock();
        }
    }

    /** The worker thread, once initialised. */
    Thread worker() {
        lock.lock();
        try {
            return worker;
        } finally {
            lock.unlock();
        }
    }

    private boolean isBusy() {
        return running || handedOver != null;
    }

    private void work() {
        while (true) {
            Runnable work;
            lock.lock();
            try {
                while (handedOver == null && !shutDown) {
                    workHandedOver.awaitUninterruptibly();
                    workerWakeUps++;
                }
                if (handedOver == null) {
                    return;
                }
                work = handedOver;
                handedOver = null;
                running = true;
            } finally {
                lock.unlock();
            }
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // Quartz's job shell catches what jobs throw; this is the last guard for the worker.
                log.error("Work handed to the scheduler's worker failed", e);
            } finally {
                lock.lock();
                try {
                    running = false;
                    workerFree.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }
}
