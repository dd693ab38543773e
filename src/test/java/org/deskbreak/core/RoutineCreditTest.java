package org.deskbreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutineCreditTest {

    private static final Duration TWO_MINUTES = Duration.ofSeconds(120);

    @Test
    void eightyPercentOfTheTimeInTheStepsEarnsACompletedBreak() {
        assertThat(RoutineCredit.completed(Duration.ofSeconds(96), TWO_MINUTES)).isTrue();
        assertThat(RoutineCredit.completed(TWO_MINUTES, TWO_MINUTES)).isTrue();
    }

    @Test
    void lessIsCutShort() {
        assertThat(RoutineCredit.completed(Duration.ofMillis(95_999), TWO_MINUTES)).isFalse();
        assertThat(RoutineCredit.completed(Duration.ofSeconds(9), TWO_MINUTES)).isFalse();
        assertThat(RoutineCredit.completed(Duration.ZERO, TWO_MINUTES)).isFalse();
    }
}
