package org.deskbreak.schedule;

import java.util.Objects;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Gives Quartz the job instance built with its collaborators, instead of letting Quartz create
 * one by reflection (which would leave the job nothing but statics to reach the planner by).
 */
final class WakeUpJobFactory implements JobFactory {

    private final WakeUpJob job;

    WakeUpJobFactory(WakeUpJob job) {
        this.job = Objects.requireNonNull(job, "job");
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> wanted = bundle.getJobDetail().getJobClass();
        if (wanted != WakeUpJob.class) {
            throw new SchedulerException("No job of type " + wanted.getName() + " is known here");
        }
        return job;
    }
}
