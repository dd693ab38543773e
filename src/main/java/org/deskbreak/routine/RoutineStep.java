package org.deskbreak.routine;

import java.time.Duration;

/** One timed step of a routine; texts are bundle keys so translations stay in resources. */
public record RoutineStep(String id, Duration duration, String titleKey, String textKey,
                          String illustration, boolean hold) {
}
