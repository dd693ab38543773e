package org.deskbreak.routine;

import java.time.Duration;
import java.util.List;

/** A guided routine: its steps in order, which together last exactly {@code length}. */
public record Routine(String id, String titleKey, Duration length, List<RoutineStep> steps) {

    public Routine {
        steps = List.copyOf(steps);
    }

    public Duration totalOfSteps() {
        return steps.stream().map(RoutineStep::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
