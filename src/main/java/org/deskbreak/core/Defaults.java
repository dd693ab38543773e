package org.deskbreak.core;

import java.time.Duration;
import java.time.LocalTime;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Every default and every allowed range, in one place. */
public final class Defaults {

    /** An inclusive range of durations, with the default value. */
    public record Range(Duration min, Duration max, Duration fallback) {
        public boolean contains(Duration d) {
            return d != null && d.compareTo(min) >= 0 && d.compareTo(max) <= 0;
        }

        void require(Duration d, String name) {
            if (!contains(d)) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + d);
            }
        }
    }

    // Declared first: the SETTINGS constant below is validated while this class initialises.
    private static final Pattern ROUTINE_ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public static final Range INTERVAL = new Range(Duration.ofMinutes(1), Duration.ofMinutes(480), Duration.ofMinutes(45));
    public static final Range SNOOZE_LENGTH = new Range(Duration.ofMinutes(1), Duration.ofMinutes(120), Duration.ofMinutes(10));
    public static final Range PRE_BREAK_NOTICE = new Range(Duration.ZERO, Duration.ofMinutes(10), Duration.ofSeconds(30));
    public static final Range IDLE_RESET = new Range(Duration.ofMinutes(1), Duration.ofMinutes(240), Duration.ofMinutes(5));
    /** The longest a due break waits while the user is busy (presenting, fullscreen, Do Not Disturb). */
    public static final Range BUSY_LIMIT = new Range(Duration.ofMinutes(1), Duration.ofMinutes(240), Duration.ofMinutes(30));
    public static final int SNOOZE_LIMIT_MIN = 0;
    public static final int SNOOZE_LIMIT_MAX = 50;
    public static final int SNOOZE_LIMIT = 3;

    public static final String ROUTINE_ID = "wall-tennis-ball";
    /** Loudness of the routine's sounds, in percent of their designed level. */
    public static final int VOLUME_MIN = 0;
    public static final int VOLUME_MAX = 100;
    public static final int VOLUME = 70;
    /** Off: not every office welcomes a talking computer. */
    public static final boolean SPEAK = false;
    /** Share of a routine's length that must be spent in it for the break to count as completed. */
    public static final double COMPLETED_SHARE = 0.8;
    public static final String LANGUAGE_SYSTEM = "system";

    /** How long the guided routine lasts; a clock jump at least this long counts as a break taken. */
    public static final Duration ROUTINE_LENGTH = Duration.ofMinutes(2);
    /**
     * How long before a break is due its reminder is got ready off screen: the first card and routine
     * window of a run load their classes then, not while the user waits. Long enough for that on a
     * busy machine; short enough that nothing prepared lingers while the user works.
     */
    public static final Duration PREPARE_AHEAD = Duration.ofSeconds(10);
    /** How often an ignored reminder nudges again. */
    public static final Duration RENUDGE = Duration.ofMinutes(5);
    /** The planner's longest sleep: lets it notice a suspended machine within a minute of waking. */
    public static final Duration HEARTBEAT = Duration.ofMinutes(1);
    /** While the user is busy, how often the planner asks again. */
    public static final Duration BUSY_RECHECK = Duration.ofMinutes(1);
    /** Input within this long before a reminder would show means the user is mid-sentence. */
    public static final Duration TYPING_PAUSE = Duration.ofSeconds(3);
    /** The longest a reminder waits for a pause in typing. */
    public static final Duration TYPING_WAIT_MAX = Duration.ofSeconds(60);
    /** An answer about the moment that has not come by now counts as "not busy, no input known". */
    public static final Duration MOMENT_ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** "Until tomorrow morning" when the working hours do not say when the morning starts. */
    public static final LocalTime MORNING = LocalTime.of(8, 0);
    /** Choices offered in the tray menu. */
    public static final int[] INTERVAL_CHOICES_MINUTES = {20, 30, 45, 60, 90};
    public static final int[] SNOOZE_CHOICES_MINUTES = {5, 10, 15, 30};

    public static final Timing TIMING = new Timing(true, BUSY_LIMIT.fallback(), true);

    public static final Settings SETTINGS = new Settings(
            INTERVAL.fallback(),
            SNOOZE_LENGTH.fallback(),
            SNOOZE_LIMIT,
            PRE_BREAK_NOTICE.fallback(),
            WorkingHours.ALWAYS,
            ROUTINE_ID,
            true,
            Theme.SYSTEM,
            LANGUAGE_SYSTEM,
            true,
            IDLE_RESET.fallback(),
            TIMING,
            VOLUME,
            SPEAK);

    private Defaults() {
    }

    public static boolean isValidRoutineId(String id) {
        return id != null && ROUTINE_ID_PATTERN.matcher(id).matches();
    }

    /** "system" or a well-formed BCP 47 language tag such as "en" or "pt-BR". */
    public static boolean isValidLanguage(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 35) {
            return false;
        }
        if (tag.equals(LANGUAGE_SYSTEM)) {
            return true;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
