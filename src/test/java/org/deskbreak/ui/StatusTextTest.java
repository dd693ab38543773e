package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Planner planner = new Planner(clock, Settings.defaults().withInterval(Duration.ofMinutes(45)), IdleSource.NONE);
    private final StatusText text = new StatusText(new Messages(Locale.ENGLISH), ZoneId.of("Europe/Paris"));

    // ---- tooltip

    @Test
    void countingShowsMinutesLeftRoundedUpAndBreaksTakenToday() {
        planner.start();
        takeOneBreak();
        takeOneBreak();
        clock.advance(Duration.ofMinutes(22).plusSeconds(10));   // 22:50 left

        assertThat(text.tooltip(planner.snapshot())).isEqualTo("Next break in 23 min · 2 breaks today");
    }

    @Test
    void underAMinuteSaysSoInsteadOfZero() {
        planner.start();
        clock.advance(Duration.ofMinutes(44).plusSeconds(30));

        assertThat(text.tooltip(planner.snapshot())).isEqualTo("Next break in 1 min · no breaks yet today");
    }

    @Test
    void aTimedPauseShowsWhenItEnds() {
        planner.start();
        planner.pause(Pause.of(Duration.ofMinutes(300)));   // 09:00 + 5 h

        assertThat(text.tooltip(planner.snapshot())).isEqualTo("Paused until 2:00 PM");
    }

    @Test
    void theLanguageSettingChoosesHowTimesAreWritten() {
        planner.start();
        planner.pause(Pause.of(Duration.ofMinutes(300)));
        Locale system = Locale.US;

        String british = new StatusText(new Messages(Settings.defaults().withLanguage("en-GB").locale(system)),
                ZoneId.of("Europe/Paris")).tooltip(planner.snapshot());
        String followingTheSystem = new StatusText(new Messages(Settings.defaults().locale(system)),
                ZoneId.of("Europe/Paris")).tooltip(planner.snapshot());

        assertThat(british).isEqualTo("Paused until 14:00");
        assertThat(followingTheSystem).isEqualTo("Paused until 2:00 PM");
    }

    @Test
    void aPauseUntilResumedSaysSo() {
        planner.start();
        planner.pause(Pause.untilResumed());

        assertThat(text.tooltip(planner.snapshot())).isEqualTo("Paused until you resume");
    }

    @Test
    void aDueBreakSaysSo() {
        planner.start();
        live(planner, Duration.ofMinutes(45));

        assertThat(text.tooltip(planner.snapshot())).isEqualTo("Break due · no breaks yet today");
        assertThat(text.headline(planner.snapshot())).isEqualTo("A break is due now");
    }

    // ---- status lines

    @Test
    void todayLineCountsEachOutcome() {
        planner.start();
        takeOneBreak();
        live(planner, Duration.ofMinutes(45));
        planner.snooze(Duration.ofMinutes(7));
        live(planner, Duration.ofMinutes(7));
        planner.skip();

        assertThat(text.todayLine(planner.snapshot())).isEqualTo("Today: 1 done · 0 cut short · 1 skipped · 1 snoozed");
        assertThat(text.snoozesLeft(planner.snapshot())).isEqualTo("2 snoozes left today");
    }

    @Test
    void noticeLengthIsInSecondsUnderTwoMinutes() {
        assertThat(text.noticeLength(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(text.noticeLength(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(text.noticeLength(Duration.ofMinutes(5))).isEqualTo("5 min");
    }

    /** Lets time pass the way the scheduler delivers it: a tick at least every minute. */
    private void live(Planner p, Duration d) {
        for (long s = 0; s < d.toSeconds(); s += 30) {
            clock.advance(Duration.ofSeconds(30));
            p.tick();
        }
    }

    private void takeOneBreak() {
        planner.startRoutine();
        clock.advance(Duration.ofMinutes(2));
        planner.finishRoutine(true);
        planner.routineClosed();   // the end screen is closed
    }
}
