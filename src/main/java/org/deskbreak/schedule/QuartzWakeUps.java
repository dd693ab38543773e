package org.deskbreak.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.WakeUpScheduler;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.RAMJobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers time to the planner with Quartz: one trigger, always for the latest instant asked
 * for, and when it fires the tick given at start runs on Quartz's single worker thread.
 *
 * <p>Idle cost is the point of the configuration: the worker waits untimed
 * ({@link SingleWorkerThreadPool}) and the scheduler thread sleeps until the trigger is due,
 * so between wake-ups no thread of ours runs.
 */
public final class QuartzWakeUps implements WakeUpScheduler, AutoCloseable {

    static final String SCHEDULER_THREAD_NAME = "DeskBreak_QuartzSchedulerThread";

    /**
     * How far ahead Quartz's scheduler thread looks for a trigger, and how long it sleeps when it
     * finds none (the default, 30 s, wakes it twice a minute for nothing). The planner never asks
     * for more than a minute ahead, so its trigger is always within reach.
     */
    static final Duration IDLE_WAIT = Duration.ofHours(1);

    /** A trigger later than this (the machine slept) is a misfire, which FIRE_NOW fires at once. */
    static final Duration MISFIRE_THRESHOLD = Duration.ofSeconds(1);

    /** Quartz fires up to 2 ms early; a tick that early would find nothing due and ask again. */
    private static final long MAX_EARLY_MILLIS = 50;

    private static final Logger log = LoggerFactory.getLogger(QuartzWakeUps.class);
    private static final JobKey JOB = JobKey.jobKey("wake-up", "deskbreak");
    private static final TriggerKey TRIGGER = TriggerKey.triggerKey("next-wake-up", "deskbreak");

    private final Scheduler scheduler;
    private final Runnable tick;
    private final Duration retryAfterFailure;

    // Guarded by this.
    private long wakeUpsPlanned;
    private boolean closed;

    private QuartzWakeUps(Scheduler scheduler, Runnable tick, Duration retryAfterFailure) {
        this.scheduler = scheduler;
        this.tick = tick;
        this.retryAfterFailure = retryAfterFailure;
    }

    /** Starts the scheduler; {@code tick} runs each time a planned instant arrives. */
    public static QuartzWakeUps start(Runnable tick) {
        return start(tick, quartzProperties(), Defaults.HEARTBEAT);
    }

    static QuartzWakeUps start(Runnable tick, Properties quartz, Duration retryAfterFailure) {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
        Scheduler scheduler = null;
        try {
            scheduler = new StdSchedulerFactory(quartz).getScheduler();
            QuartzWakeUps wakeUps = new QuartzWakeUps(scheduler, tick, retryAfterFailure);
            scheduler.setJobFactory(new WakeUpJobFactory(new WakeUpJob(wakeUps::fired)));
            // Durable: the job stays stored between one fired trigger and the next wakeAt.
            scheduler.addJob(JobBuilder.newJob(WakeUpJob.class).withIdentity(JOB).storeDurably().build(), true);
            scheduler.start();
            return wakeUps;
        } catch (SchedulerException e) {
            shutDownQuietly(scheduler);
            throw new IllegalStateException("Cannot start the wake-up scheduler", e);
        }
    }

    /** Quartz configured in code: in memory, one untimed worker, daemon threads, quiet. */
    static Properties quartzProperties() {
        Properties p = new Properties();
        // Quartz keeps schedulers in a process-wide registry by name: a unique name keeps instances apart.
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "DeskBreak_" + UUID.randomUUID());
        p.setProperty(StdSchedulerFactory.PROP_SCHED_THREAD_NAME, SCHEDULER_THREAD_NAME);
        // Daemon threads: the scheduler must never keep the JVM alive after the app quits.
        p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_SCHEDULER_THREADS_INHERIT_CONTEXT_CLASS_LOADER_OF_INITIALIZING_THREAD,
                "true");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_IDLE_WAIT_TIME, Long.toString(IDLE_WAIT.toMillis()));
        p.setProperty(StdSchedulerFactory.PROP_SCHED_JMX_EXPORT, "false");
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SingleWorkerThreadPool.class.getName());
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, RAMJobStore.class.getName());
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_PREFIX + ".misfireThreshold",
                Long.toString(MISFIRE_THRESHOLD.toMillis()));
        return p;
    }

    /**
     * Replaces the planned wake-up with {@code when}. An instant already past fires at once. Never
     * throws into the planner: a failure is logged (the planner's next action plans again).
     */
    @Override
    public synchronized void wakeAt(Instant when) {
        Objects.requireNonNull(when, "when");
        if (closed) {
            return;
        }
        wakeUpsPlanned++;
        try {
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(TRIGGER)
                    .forJob(JOB)
                    // Quartz counts whole milliseconds: round up so the tick never comes before `when`.
                    .startAt(Date.from(roundUpToMillis(when)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            // null: no trigger to replace, because the last one has fired (or none was ever planned).
            if (scheduler.rescheduleJob(TRIGGER, trigger) == null) {
                scheduler.scheduleJob(trigger);
            }
        } catch (SchedulerException | IllegalArgumentException e) {
            log.error("Could not plan the next wake-up at {}", when, e);
        }
    }

    /** The instant the trigger will fire, if one is planned and has not fired yet. */
    Optional<Instant> nextWakeUp() {
        try {
            Trigger trigger = scheduler.getTrigger(TRIGGER);
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /** Stops the scheduler, waiting only for a tick already running; its threads are gone on return. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Outside the lock: a running tick may still call wakeAt while we wait for it.
        shutDownQuietly(scheduler);
    }

    private void fired(Instant plannedFor) {
        waitOutEarlyFiring(plannedFor);
        long plannedBefore = wakeUpsPlanned();
        try {
            tick.run();
        } catch (RuntimeException e) {
            log.error("The planner failed to handle its wake-up", e);
            if (wakeUpsPlanned() == plannedBefore) {
                // It failed before naming its next wake-up: without this it would never be woken again.
                wakeAt(Instant.now().plus(retryAfterFailure));
            }
        }
    }

    private synchronized long wakeUpsPlanned() {
        return wakeUpsPlanned;
    }

    private static void waitOutEarlyFiring(Instant plannedFor) {
        long due = plannedFor.toEpochMilli();
        long early;
        // Quartz and Instant.now() read the same system clock.
        while ((early = due - System.currentTimeMillis()) > 0 && early <= MAX_EARLY_MILLIS) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(early));
        }
    }

    private static Instant roundUpToMillis(Instant t) {
        Instant whole = t.truncatedTo(ChronoUnit.MILLIS);
        return whole.equals(t) ? t : whole.plusMillis(1);
    }

    private static void shutDownQuietly(Scheduler scheduler) {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("The wake-up scheduler did not shut down cleanly", e);
        }
    }
}
