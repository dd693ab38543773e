package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deskbreak.core.ManualClock;
import org.junit.jupiter.api.Test;

class CueScheduleTest {

    private final Routine wall = BuiltInRoutine.create();

    private static CueSchedule.Planned at(double seconds, Cue cue) {
        return new CueSchedule.Planned(Duration.ofMillis(Math.round(seconds * 1000)), cue);
    }

    // The schedule, a pure function of the routine
    @Test
    void theFirstStepOpensWithTheStartCueAndEndsWithThreeTicks() {
        assertThat(CueSchedule.forStep(wall, 0)).containsExactly(
                at(0, Cue.START), at(7, Cue.TICK), at(8, Cue.TICK), at(9, Cue.TICK));
    }

    @Test
    void aHoldBreathesInAndOutInStepWithTheCircleUntilTheCountDown() {
        // hold-left: 25 s; the circle breathes in for 4 s, out for 6 s; the ticks start at 22 s.
        assertThat(CueSchedule.forStep(wall, 2)).containsExactly(
                at(0, Cue.STEP), at(0, Cue.BREATHE_IN), at(4, Cue.BREATHE_OUT), at(10, Cue.BREATHE_IN),
                at(14, Cue.BREATHE_OUT), at(20, Cue.BREATHE_IN), at(22, Cue.TICK), at(23, Cue.TICK), at(24, Cue.TICK));
        for (CueSchedule.Planned p : CueSchedule.forStep(wall, 2)) {
            if (p.cue() == Cue.BREATHE_IN) {
                assertThat(BreathingCue.inhaling(p.at())).isTrue();
                assertThat(BreathingCue.size(p.at())).isZero();
            }
            if (p.cue() == Cue.BREATHE_OUT) {
                assertThat(BreathingCue.inhaling(p.at())).isFalse();
                assertThat(BreathingCue.size(p.at())).isEqualTo(1.0);
            }
        }
    }

    @Test
    void switchingSidesHasItsOwnCue() {
        assertThat(wall.steps().get(3).id()).isEqualTo("switch");
        assertThat(CueSchedule.atStart(wall, 3)).containsExactly(Cue.SWITCH);
        assertThat(CueSchedule.atStart(wall, 1)).containsExactly(Cue.STEP);
    }

    // The guide on a hand-stepped clock
    @Test
    void theGuidePlaysEachCueWhenTheSessionPassesItAndSpeaksEachStep() {
        ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "UTC");
        RoutineSession session = new RoutineSession(wall, clock, 1.0);
        List<String> heard = new ArrayList<>();
        Guide guide = new Guide(line -> { }, cue -> heard.add(secondsIn(clock) + " " + cue), recording(heard, clock),
                step -> step.id());

        for (int s = 0; s <= 120; s++) {
            session.update();
            guide.observe(session);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(heard).startsWith("0 START", "0 say setup-left", "7 TICK", "8 TICK", "9 TICK", "10 STEP",
                "10 say roll-left");
        assertThat(heard).contains("30 STEP", "30 BREATHE_IN", "34 BREATHE_OUT", "55 SWITCH", "55 say switch",
                "117 TICK", "118 TICK", "119 TICK");
        assertThat(heard).endsWith("120 stop", "120 FINISH");
        assertThat(heard.stream().filter(h -> h.endsWith("TICK"))).hasSize(3 * 7);
    }

    @Test
    void nextCutsOffTheSpeechAndGoesStraightToTheNextStepsCue() {
        ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "UTC");
        RoutineSession session = new RoutineSession(wall, clock, 1.0);
        List<String> heard = new ArrayList<>();
        Guide guide = new Guide(line -> { }, cue -> heard.add(secondsIn(clock) + " " + cue), recording(heard, clock),
                step -> step.id());
        guide.observe(session);
        clock.advance(Duration.ofSeconds(2));
        session.next();
        guide.observe(session);
        session.pause();
        clock.advance(Duration.ofSeconds(30));
        session.update();
        guide.observe(session);

        assertThat(heard).containsExactly("0 START", "0 say setup-left", "2 STEP", "2 say roll-left");
    }

    private static String secondsIn(ManualClock clock) {
        return Long.toString(clock.instant().getEpochSecond() % 3600 % 60 + clock.instant().getEpochSecond() % 3600 / 60 * 60);
    }

    private static Speech recording(List<String> heard, ManualClock clock) {
        return new Speech() {
            @Override
            public void say(String text) {
                heard.add(secondsIn(clock) + " say " + text);
            }

            @Override
            public void stop() {
                heard.add(secondsIn(clock) + " stop");
            }
        };
    }
}
