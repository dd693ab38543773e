package org.deskbreak.routine;

import java.time.Duration;
import java.util.List;

/** The routine used when a routine file cannot be trusted; mirrors wall-tennis-ball.properties. */
final class BuiltInRoutine {

    private BuiltInRoutine() {
    }

    static Routine create() {
        return new Routine(RoutineLoader.BUILT_IN_ID, "routine.wall-tennis-ball.title", Duration.ofSeconds(120), List.of(
                step("setup-left", 10, "setup-left", false),
                step("roll-left", 20, "roll-left", false),
                step("hold-left", 25, "hold-left", true),
                step("switch", 10, "setup-right", false),
                step("roll-right", 20, "roll-right", false),
                step("hold-right", 25, "hold-right", true),
                step("ease-off", 10, "ease-off", false)));
    }

    private static RoutineStep step(String id, int seconds, String illustration, boolean hold) {
        return new RoutineStep(id, Duration.ofSeconds(seconds), "step." + id + ".title", "step." + id + ".text",
                illustration, hold);
    }
}
