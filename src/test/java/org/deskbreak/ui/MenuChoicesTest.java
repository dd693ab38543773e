package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Refusal;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

class MenuChoicesTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");

    private Planner started(Settings settings) {
        Planner p = new Planner(clock, settings, IdleSource.NONE);
        p.start();
        return p;
    }

    /** Lets time pass the way the scheduler delivers it: a tick at least every minute. */
    private void live(Planner p, Duration d) {
        for (long s = 0; s < d.toSeconds(); s += 30) {
            clock.advance(Duration.ofSeconds(30));
            p.tick();
        }
    }

    @Test
    void whileCountingSnoozeIsRefusedBecauseNothingIsDue() {
        MenuChoices choices = MenuChoices.of(started(Settings.defaults()).snapshot());

        assertThat(choices.snoozeRefusal()).contains(Refusal.NOTHING_DUE);
        assertThat(choices.canStart()).isTrue();
    }

    @Test
    void onceTheDaysSnoozesAreUsedSnoozeSaysSo() {
        Planner planner = started(Settings.defaults().withSnoozeLimitPerDay(1).withInterval(Duration.ofMinutes(20)));
        live(planner, Duration.ofMinutes(20));
        planner.snooze(Duration.ofMinutes(5));
        live(planner, Duration.ofMinutes(5));

        assertThat(MenuChoices.of(planner.snapshot()).snoozeRefusal()).contains(Refusal.SNOOZE_LIMIT_REACHED);
    }

    @Test
    void aDueBreakCanBeSnoozed() {
        Planner planner = started(Settings.defaults().withInterval(Duration.ofMinutes(20)));
        live(planner, Duration.ofMinutes(20));

        assertThat(MenuChoices.of(planner.snapshot()).canSnooze()).isTrue();
    }

    @Test
    void resumeOnlyWhilePaused() {
        Planner planner = started(Settings.defaults());
        assertThat(MenuChoices.of(planner.snapshot()).resumeRefusal()).contains(Refusal.NOT_PAUSED);

        planner.pause(Pause.untilResumed());

        assertThat(MenuChoices.of(planner.snapshot()).canResume()).isTrue();
    }

    @Test
    void theCurrentIntervalIsTickedWhenItIsOneOfTheChoices() {
        MenuChoices choices = MenuChoices.of(started(Settings.defaults().withInterval(Duration.ofMinutes(60))).snapshot());

        assertThat(choices.checkedInterval()).contains(60);
    }

    @Test
    void aCustomIntervalTicksNoneAndIsNamed() {
        MenuChoices choices = MenuChoices.of(started(Settings.defaults().withInterval(Duration.ofMinutes(37))).snapshot());

        assertThat(choices.checkedInterval()).isEqualTo(Optional.empty());
        assertThat(choices.intervalMinutes()).isEqualTo(37);
    }

    @Test
    void duringTheRoutineItCannotBeStartedAgain() {
        Planner planner = started(Settings.defaults());
        planner.startRoutine();

        assertThat(MenuChoices.of(planner.snapshot()).canStart()).isFalse();
    }
}
