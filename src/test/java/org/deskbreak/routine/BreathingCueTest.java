package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreathingCueTest {

    private static double size(long millis) {
        return BreathingCue.size(Duration.ofMillis(millis));
    }

    @Test
    void fourSecondsInThenSixOut() {
        assertThat(BreathingCue.inhaling(Duration.ZERO)).isTrue();
        assertThat(BreathingCue.inhaling(Duration.ofMillis(3_999))).isTrue();
        assertThat(BreathingCue.inhaling(Duration.ofMillis(4_000))).isFalse();
        assertThat(BreathingCue.inhaling(Duration.ofMillis(9_999))).isFalse();
        assertThat(BreathingCue.inhaling(Duration.ofMillis(10_000))).isTrue();
        assertThat(BreathingCue.inhaling(Duration.ofMillis(24_500))).isFalse();
    }

    @Test
    void emptyAtTheStartFullAtTheTurnEmptyAgainAtTheEnd() {
        assertThat(size(0)).isCloseTo(0, within(1e-9));
        assertThat(size(4_000)).isCloseTo(1, within(1e-9));
        assertThat(size(9_999)).isCloseTo(0, within(1e-6));
        assertThat(size(10_000)).isCloseTo(0, within(1e-9));
        assertThat(size(2_000)).isCloseTo(0.5, within(1e-9));   // halfway in
        assertThat(size(7_000)).isCloseTo(0.5, within(1e-9));   // halfway out
    }

    @Test
    void growsThroughTheInBreathAndShrinksThroughTheOutBreath() {
        for (long t = 100; t <= 4_000; t += 100) {
            assertThat(size(t)).as("at %d ms", t).isGreaterThan(size(t - 100));
        }
        for (long t = 4_100; t <= 10_000; t += 100) {
            assertThat(size(t)).as("at %d ms", t).isLessThan(size(t - 100));
        }
    }

    @Test
    void easesAtTheTurnsRatherThanBouncing() {
        double startSpeed = size(100) - size(0);
        double middleSpeed = size(2_050) - size(1_950);
        double turnSpeed = size(4_000) - size(3_900);
        assertThat(startSpeed).isLessThan(middleSpeed / 10);
        assertThat(turnSpeed).isLessThan(middleSpeed / 10);
    }

    @Test
    void repeatsEveryTenSeconds() {
        for (long t = 0; t < 10_000; t += 250) {
            assertThat(size(t + 20_000)).isCloseTo(size(t), within(1e-9));
        }
    }
}
