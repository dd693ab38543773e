package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

class CliStatusFormatTest {

    private final ManualClock clock = ManualClock.at("2026-11-25T09:00", "Europe/Paris");
    private final Planner planner = new Planner(clock, Settings.defaults().withInterval(Duration.ofMinutes(30)), IdleSource.NONE);
    private final CliStatusFormat format = new CliStatusFormat(ZoneId.of("Europe/Paris"));

    @Test
    void jsonCarriesStateNextBreakAndTodaysCounts() {
        planner.start();
        clock.advance(Duration.ofMinutes(10));

        String json = format.json(planner.snapshot());

        assertThat(json).isEqualTo("{\"state\":\"counting\",\"now\":\"2026-11-25T08:10:00Z\","
                + "\"nextBreakAt\":\"2026-11-25T08:30:00Z\",\"paused\":false,\"pausedUntil\":null,\"dueSince\":null,"
                + "\"routineStartedAt\":null,\"intervalSeconds\":1800,\"snoozesLeft\":3,\"canSnooze\":false,"
                + "\"today\":{\"breaksTaken\":0,\"completed\":0,\"partial\":0,\"skipped\":0,\"snoozed\":0,\"natural\":0}}\n");
    }

    @Test
    void textSaysWhenInLocalTime() {
        planner.start();
        planner.pause(Pause.of(Duration.ofMinutes(20)));

        String text = format.text(planner.snapshot());

        assertThat(text).contains("State: paused until 09:20", "Every: 30m", "Snoozes left today: 3");
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
