package org.deskbreak.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What is played at which moment of each step: a pure function of the routine. Times are routine
 * time from the step's start, so a pause, Back or a faster time scale moves the cues with the step.
 */
final class CueSchedule {

    /** The step after which the user changes sides; its cue is the unmistakable one. */
    static final String SWITCH_STEP = "switch";
    /** The count-down: one tick at each of a step's last three seconds. */
    static final int TICKS = 3;

    /** A cue {@code at} this far into its step. */
    record Planned(Duration at, Cue cue) {
        @Override
        public String toString() {
            return cue + "@" + at.toMillis() / 1000.0;
        }
    }

    private CueSchedule() {
    }

    /** Every cue of step {@code index}, in order of time. */
    static List<Planned> forStep(Routine routine, int index) {
        RoutineStep step = routine.steps().get(index);
        Duration length = step.duration();
        Duration ticksFrom = length.minusSeconds(TICKS);
        List<Planned> cues = new ArrayList<>();
        Cue opening = index == 0 ? Cue.START : step.id().equals(SWITCH_STEP) ? Cue.SWITCH : Cue.STEP;
        cues.add(new Planned(Duration.ZERO, opening));
        if (step.hold()) {
            // In step with the breathing circle; none starts once the count-down has begun.
            Duration cycle = BreathingCue.IN.plus(BreathingCue.OUT);
            for (Duration t = Duration.ZERO; t.compareTo(ticksFrom) < 0; t = t.plus(cycle)) {
                cues.add(new Planned(t, Cue.BREATHE_IN));
                if (t.plus(BreathingCue.IN).compareTo(ticksFrom) < 0) {
                    cues.add(new Planned(t.plus(BreathingCue.IN), Cue.BREATHE_OUT));
                }
            }
        }
        if (length.compareTo(Duration.ofSeconds(TICKS + 1)) >= 0) {
            for (int i = TICKS; i >= 1; i--) {
                cues.add(new Planned(length.minusSeconds(i), Cue.TICK));
            }
        }
        return List.copyOf(cues);
    }

    /** The cues of step {@code index} after {@code from} and up to and including {@code to}. */
    static List<Cue> between(Routine routine, int index, Duration from, Duration to) {
        List<Cue> due = new ArrayList<>();
        for (Planned p : forStep(routine, index)) {
            if (p.at().compareTo(from) > 0 && p.at().compareTo(to) <= 0) {
                due.add(p.cue());
            }
        }
        return due;
    }

    /** The cues at the very start of step {@code index}. */
    static List<Cue> atStart(Routine routine, int index) {
        List<Cue> due = new ArrayList<>();
        for (Planned p : forStep(routine, index)) {
            if (p.at().isZero()) {
                due.add(p.cue());
            }
        }
        return due;
    }
}
