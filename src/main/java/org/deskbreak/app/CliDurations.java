package org.deskbreak.app;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on the command line: {@code 90s}, {@code 10m}, {@code 1h}, {@code 1h30m}. */
public final class CliDurations {

    /** Nothing DeskBreak schedules is longer; also keeps every sum far from overflowing. */
    static final Duration LONGEST = Duration.ofDays(7);
    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?");

    private CliDurations() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: not a duration, zero, or too long
     */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (use e.g. 90s, 10m, 1h, 1h30m)");
        }
        Duration d = Duration.ofHours(number(m.group(1)))
                .plusMinutes(number(m.group(2)))
                .plusSeconds(number(m.group(3)));
        if (d.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is zero; a duration must be longer than that");
        }
        if (d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too long (at most " + format(LONGEST) + ")");
        }
        return d;
    }

    /** The shortest form {@link #parse} reads back: {@code 1h30m}, {@code 90s} becomes {@code 1m30s}. */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        StringBuilder s = new StringBuilder();
        if (seconds >= 3600) {
            s.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            s.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0 || s.length() == 0) {
            s.append(seconds % 60).append('s');
        }
        return s.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
