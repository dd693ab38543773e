package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

class CliStatusFormatTest {

    private final ManualClock clock = ManualClock.at("2026-11-25T09:00", "Europe/Paris");
    private final Planner planner = new Planner(clock, Settings.defaults().withInterval(Duration.ofMinutes(30)), IdleSource.NONE);
    private final CliStatusFormat format = new CliStatusFormat(new ClockFormat(Locale.UK, ZoneId.of("Europe/Paris")));

    @Test
    void jsonCarriesStateNextBreakAndTodaysCounts() {
        planner.start();
        clock.advance(Duration.ofMinutes(10));

        String json = format.json(planner.snapshot());

        assertThat(json).isEqualTo("{\"state\":\"counting\",\"now\":\"2026-11-25T08:10:00Z\","
                + "\"nextBreakAt\":\"2026-11-25T08:30:00Z\",\"paused\":false,\"pausedUntil\":null,\"dueSince\":null,"
                + "\"waiting\":false,\"routineStartedAt\":null,\"intervalSeconds\":1800,\"snoozesLeft\":3,\"canSnooze\":false,"
                + "\"today\":{\"breaksTaken\":0,\"completed\":0,\"partial\":0,\"skipped\":0,\"snoozed\":0,\"natural\":0,\"waited\":0}}\n");
    }

    @Test
    void aBreakWaitingForTheRightMomentSaysSoWithWhatTellsTheMoment() {
        planner.start();
        for (int minute = 0; minute < 30; minute++) {   // the scheduler's wake-ups, up to the due break
            clock.advance(Duration.ofMinutes(1));
            planner.tick();
        }
        MomentSources moments = new MomentSources(IdleSource.NONE, "x11", "read from the X server on :7",
                org.deskbreak.core.BusySource.NONE, "X11 fullscreen window, KDE Do Not Disturb");

        String json = format.json(planner.snapshot(), java.util.Optional.empty(), java.util.Optional.of(moments));
        String text = format.text(planner.snapshot(), java.util.Optional.empty(), java.util.Optional.of(moments));

        assertThat(json).contains("\"state\":\"due\"", "\"waiting\":true",
                "\"idle\":{\"source\":\"x11\",\"reason\":\"read from the X server on :7\"}",
                "\"busy\":{\"signals\":\"X11 fullscreen window, KDE Do Not Disturb\"}");
        assertThat(text).contains("waiting for the right moment", "Idle time: read from the X server on :7",
                "Busy signals: X11 fullscreen window, KDE Do Not Disturb");
    }

    @Test
    void textSaysWhenInLocalTime() {
        planner.start();
        planner.pause(Pause.of(Duration.ofMinutes(20)));

        String text = format.text(planner.snapshot());

        assertThat(text).contains("State: paused until 09:20", "Every: 30m", "Snoozes left today: 3");
    }

    // ---- every state says how to leave it ------------------------------------------------

    @Test
    void inTheRoutineStatusSaysHowToFinishIt() {
        planner.start();
        planner.startRoutine();

        assertThat(format.text(planner.snapshot()))
                .contains("State: the routine is running \u2014 finish it from its window or with `deskbreak skip`");
    }

    @Test
    void aDueBreakWithNoSnoozesLeftOffersOnlyTakingOrSkippingIt() {
        Planner strict = new Planner(clock, Settings.defaults().withSnoozeLimitPerDay(0), IdleSource.NONE);
        strict.start();
        for (int minute = 0; minute < 46; minute++) {   // ticked as the scheduler would
            clock.advance(Duration.ofMinutes(1));
            strict.tick();
        }

        assertThat(format.text(strict.snapshot()))
                .contains("a break is due (since 09:45) \u2014 take it with `deskbreak now`, or `deskbreak skip`\n");
    }

    @Test
    void pausedStatusSaysHowToResume() {
        planner.start();
        planner.pause(Pause.untilResumed());

        assertThat(format.text(planner.snapshot()))
                .contains("State: paused until resumed \u2014 `deskbreak resume` ends the pause");
    }

    // ---- what the next-break line says in each state

    @Test
    void whilePausedTheNextBreakWaitsForThePauseInsteadOfCountingDown() {
        planner.start();
        planner.pause(Pause.of(Duration.ofMinutes(20)));

        String text = format.text(planner.snapshot());

        assertThat(text).contains("Next break: after the pause, at 09:20 at the earliest").doesNotContain("(in ");
    }

    @Test
    void pausedUntilResumedSaysSo() {
        planner.start();
        planner.pause(Pause.untilResumed());

        assertThat(format.text(planner.snapshot())).contains("Next break: after you resume").doesNotContain("(in ");
    }

    @Test
    void aDueBreakSaysSinceWhenNotInZeroSeconds() {
        planner.start();
        for (int minute = 0; minute < 31; minute++) {  // as the scheduler would: a wake-up every minute
            clock.advance(Duration.ofMinutes(1));
            planner.tick();
        }

        String text = format.text(planner.snapshot());

        assertThat(text).contains("Next break: due since 09:30").doesNotContain("(in ");
    }

    @Test
    void oneBreakIsOneBreak() {
        planner.start();
        planner.startRoutine();
        planner.finishRoutine(true);

        assertThat(format.text(planner.snapshot())).contains("Today: 1 break taken (1 completed, 0 partial)");
    }

    @Test
    void timesFollowTheLanguageAsTheTrayDoes() {
        planner.start();
        CliStatusFormat american = new CliStatusFormat(new ClockFormat(Locale.US, ZoneId.of("Europe/Paris")));
        org.deskbreak.ui.StatusText tray = new org.deskbreak.ui.StatusText(new org.deskbreak.ui.Messages(Locale.US),
                ZoneId.of("Europe/Paris"));

        String text = american.text(planner.snapshot());

        assertThat(text).contains("Next break: 9:30 AM (in 30m)");
        assertThat(american.time(planner.snapshot().nextBreakAt().orElseThrow()))
                .isEqualTo(tray.time(planner.snapshot().nextBreakAt().orElseThrow()));
    }

    @Test
    void theTrayInUseAndWhyComeLastInTextAndJson() {
        planner.start();
        java.util.Optional<TrayChoice> tray = java.util.Optional.of(new TrayChoice(TrayChoice.XEMBED,
                "no D-Bus tray: no \"watcher\""));

        assertThat(format.text(planner.snapshot(), tray))
                .endsWith("Tray: XEmbed system tray (no D-Bus tray: no \"watcher\")\n");
        assertThat(format.json(planner.snapshot(), tray))
                .endsWith(",\"tray\":{\"backend\":\"xembed\",\"reason\":\"no D-Bus tray: no \\\"watcher\\\"\"}}\n");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(CliStatusFormat.string("a\"b\\c\nd\te\u0001f\u2028"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"");
    }
}
