package org.deskbreak.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way DeskBreak writes a time of day, in the style of the language setting (en-GB 14:00,
 * en-US 2:00 PM): the tooltip, the status views, the command line and the routine's end screen
 * all use it, so one app never shows the same moment two ways.
 */
public final class ClockFormat {

    private final DateTimeFormatter format;

    public ClockFormat(Locale locale, ZoneId zone) {
        this.format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Objects.requireNonNull(locale, "locale"))
                .withZone(Objects.requireNonNull(zone, "zone"));
    }

    public String format(Instant at) {
        return format.format(at);
    }
}
