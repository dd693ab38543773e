package org.deskbreak.routine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress through a routine, fed by an injected clock. Time is scaled so a test or demo can
 * compress the routine; the session itself never touches a window.
 */
public final class RoutineSession {

    private final Routine routine;
    private final Clock clock;
    private final double timeScale;
    private int index;
    private Duration elapsedInStep = Duration.ZERO;
    private Instant lastTick;
    private boolean paused;
    /** Routine time really spent in the steps: pauses and steps skipped with Next add nothing. */
    private Duration spent = Duration.ZERO;

    public RoutineSession(Routine routine, Clock clock, double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
        }
        this.routine = routine;
        this.clock = clock;
        this.timeScale = timeScale;
        this.lastTick = clock.instant();
    }

    /** Brings the session up to the clock's present; steps roll over when their time is up. */
    public void update() {
        Instant now = clock.instant();
        Duration real = Duration.between(lastTick, now);
        lastTick = now;
        if (paused || finished() || real.isNegative()) {
            return;
        }
        Duration routineTime = Duration.ofNanos((long) (real.toNanos() / timeScale));
        Duration leftInRoutine = remainingInRoutine();
        spent = spent.plus(routineTime.compareTo(leftInRoutine) < 0 ? routineTime : leftInRoutine);
        elapsedInStep = elapsedInStep.plus(routineTime);
        while (!finished() && elapsedInStep.compareTo(currentStep().duration()) >= 0) {
            elapsedInStep = elapsedInStep.minus(currentStep().duration());
            index++;
        }
        if (finished()) {
            elapsedInStep = Duration.ZERO;
        }
    }

    public boolean finished() {
        return index >= routine.steps().size();
    }

    public int stepIndex() {
        return Math.min(index, routine.steps().size() - 1);
    }

    public RoutineStep currentStep() {
        return routine.steps().get(stepIndex());
    }

    public Duration remainingInStep() {
        return finished() ? Duration.ZERO : currentStep().duration().minus(elapsedInStep);
    }

    /** Elapsed routine time in step, for cues that follow the step (the breathing rhythm). */
    public Duration elapsedInStep() {
        return elapsedInStep;
    }

    /** Routine time still to go, this step's rest included. */
    public Duration remainingInRoutine() {
        Duration left = remainingInStep();
        for (int i = index + 1; i < routine.steps().size(); i++) {
            left = left.plus(routine.steps().get(i).duration());
        }
        return left;
    }

    /** 0.0 at the start, 1.0 when finished. */
    public double progress() {
        if (finished()) {
            return 1.0;
        }
        Duration done = elapsedInStep;
        for (int i = 0; i < index; i++) {
            done = done.plus(routine.steps().get(i).duration());
        }
        return (double) done.toMillis() / routine.totalOfSteps().toMillis();
    }

    /** Routine time spent in the steps so far; what decides whether the break counts as completed. */
    public Duration spent() {
        return spent;
    }

    public boolean paused() {
        return paused;
    }

    public void pause() {
        update();
        paused = true;
    }

    public void resume() {
        update();
        paused = false;
    }

    public void next() {
        update();
        if (!finished()) {
            index++;
            elapsedInStep = Duration.ZERO;
        }
    }

    /** Restarts the current step if it is under way, else goes to the previous one. */
    public void back() {
        update();
        if (finished()) {
            index = routine.steps().size() - 1;
        } else if (elapsedInStep.compareTo(Duration.ofSeconds(2)) < 0 && index > 0) {
            index--;
        }
        elapsedInStep = Duration.ZERO;
    }

    public Routine routine() {
        return routine;
    }
}
