package org.deskbreak.routine;

import java.time.Duration;
import java.util.List;

/** The routine used when a routine file cannot be trusted; mirrors wall-tennis-ball.properties. */
final class BuiltInRoutine {

    private BuiltInRoutine() {
    }

    static Routine create() {
        return new Routine(RoutineLoader.BUILT_IN_ID, RoutineLoader.BUILT_IN_ID + ".title", Duration.ofSeconds(120), List.of(
                step("setup-left", 10, "wall-setup-left", false),
                step("roll-left", 20, "wall-roll-left", false),
                step("hold-left", 25, "wall-hold-left", true),
                step("switch", 10, "wall-switch", false),
                step("roll-right", 20, "wall-roll-right", false),
                step("hold-right", 25, "wall-hold-right", true),
                step("ease-off", 10, "wall-ease-off", false)));
    }

    private static RoutineStep step(String id, int seconds, String illustration, boolean hold) {
        return new RoutineStep(id, Duration.ofSeconds(seconds), RoutineLoader.BUILT_IN_ID + ".step." + id + ".title",
                RoutineLoader.BUILT_IN_ID + ".step." + id + ".text",
                illustration, hold);
    }
}
