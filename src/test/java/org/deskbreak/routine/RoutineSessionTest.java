package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.deskbreak.core.ManualClock;
import org.junit.jupiter.api.Test;

class RoutineSessionTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
    private final Routine routine = new Routine("r", "t", Duration.ofSeconds(30), List.of(
            step("a", 10, false), step("b", 15, true), step("c", 5, false)));

    private static RoutineStep step(String id, int seconds, boolean hold) {
        return new RoutineStep(id, Duration.ofSeconds(seconds), id + ".title", id + ".text", id, hold);
    }

    @Test
    void stepsFollowEachOtherAsTheClockMoves() {
        RoutineSession session = new RoutineSession(routine, clock, 1.0);
        clock.advance(Duration.ofSeconds(4));
        session.update();
        assertThat(session.currentStep().id()).isEqualTo("a");
        assertThat(session.remainingInStep()).isEqualTo(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(7));
        session.update();
        assertThat(session.currentStep().id()).isEqualTo("b");
        assertThat(session.remainingInStep()).isEqualTo(Duration.ofSeconds(14));
        assertThat(session.progress()).isEqualTo(11.0 / 30.0);
        clock.advance(Duration.ofSeconds(19));
        session.update();
        assertThat(session.finished()).isTrue();
        assertThat(session.progress()).isEqualTo(1.0);
    }

    @Test
    void timeLeftInTheRoutineCountsTheStepsStillToCome() {
        RoutineSession session = new RoutineSession(routine, clock, 1.0);
        assertThat(session.remainingInRoutine()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofMillis(12_500));
        session.update();
        assertThat(session.remainingInRoutine()).isEqualTo(Duration.ofMillis(17_500));
        session.next();
        assertThat(session.remainingInRoutine()).isEqualTo(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(6));
        session.update();
        assertThat(session.remainingInRoutine()).isEqualTo(Duration.ZERO);
    }

    @Test
    void pauseStopsTime() {
        RoutineSession session = new RoutineSession(routine, clock, 1.0);
        clock.advance(Duration.ofSeconds(3));
        session.pause();
        clock.advance(Duration.ofMinutes(5));
        session.update();
        assertThat(session.remainingInStep()).isEqualTo(Duration.ofSeconds(7));
        session.resume();
        clock.advance(Duration.ofSeconds(2));
        session.update();
        assertThat(session.remainingInStep()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void nextAndBackMoveBetweenSteps() {
        RoutineSession session = new RoutineSession(routine, clock, 1.0);
        session.next();
        session.next();
        assertThat(session.currentStep().id()).isEqualTo("c");
        session.back();
        assertThat(session.currentStep().id()).isEqualTo("b");
        clock.advance(Duration.ofSeconds(5));
        session.back();
        assertThat(session.currentStep().id()).isEqualTo("b");
        assertThat(session.remainingInStep()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void timeScaleCompressesTheRoutine() {
        RoutineSession session = new RoutineSession(routine, clock, 0.05);
        clock.advance(Duration.ofMillis(1500));
        session.update();
        assertThat(session.finished()).isTrue();
    }

    // Time spent, which decides whether the break counts as completed
    @Test
    void pressingNextThroughEveryStepInNineSecondsSpendsNineSeconds() {
        Routine wall = BuiltInRoutine.create();
        RoutineSession session = new RoutineSession(wall, clock, 1.0);
        for (int i = 0; i < wall.steps().size(); i++) {
            clock.advance(Duration.ofMillis(1_285));
            session.next();
        }

        assertThat(session.finished()).isTrue();
        assertThat(session.spent()).isEqualTo(Duration.ofMillis(8_995));
        assertThat(org.deskbreak.core.RoutineCredit.completed(session.spent(), wall.length())).isFalse();
    }

    @Test
    void runningToTheEndSpendsTheWholeLengthAndNoMore() {
        RoutineSession session = new RoutineSession(routine, clock, 0.05);
        clock.advance(Duration.ofSeconds(5));   // 100 routine seconds at this scale, the routine lasts 30
        session.update();

        assertThat(session.finished()).isTrue();
        assertThat(session.spent()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aPauseSpendsNothing() {
        RoutineSession session = new RoutineSession(routine, clock, 1.0);
        clock.advance(Duration.ofSeconds(3));
        session.pause();
        clock.advance(Duration.ofSeconds(60));
        session.resume();
        clock.advance(Duration.ofSeconds(2));
        session.update();

        assertThat(session.spent()).isEqualTo(Duration.ofSeconds(5));
    }
}
