package org.deskbreak.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The one job: tells its owner that the trigger fired, and for which instant it was planned. */
final class WakeUpJob implements Job {

    private final Consumer<Instant> fired;

    WakeUpJob(Consumer<Instant> fired) {
        this.fired = Objects.requireNonNull(fired, "fired");
    }

    @Override
    public void execute(JobExecutionContext context) {
        fired.accept(context.getScheduledFireTime().toInstant());
    }
}
