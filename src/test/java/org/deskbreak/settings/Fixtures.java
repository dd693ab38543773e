package org.deskbreak.settings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.deskbreak.core.Timing;
import org.deskbreak.core.WorkingHours;

/** Shared test values: settings where every field differs from its default, and a log catcher. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static Settings distinctive() {
        return new Settings(Duration.ofMinutes(37), Duration.ofMinutes(7), 11, Duration.ofSeconds(90),
                new WorkingHours(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(22, 15),
                        LocalTime.of(6, 40)),
                "neck-roll", false, Theme.DARK, "pt-BR", false, Duration.ofMinutes(17),
                new Timing(false, Duration.ofMinutes(43), false), 33, true);
    }

    static Settings other() {
        return distinctive().withInterval(Duration.ofMinutes(91)).withTheme(Theme.LIGHT).withSound(true);
    }

    /** Catches warnings logged by the store. */
    static final class LogCatcher implements AutoCloseable {
        private final org.deskbreak.app.CapturedLog log = org.deskbreak.app.CapturedLog.of(IniSettingsStore.class);

        List<String> warnings() {
            return log.warnings();
        }

        @Override
        public void close() {
            log.close();
        }
    }
}
