package org.deskbreak.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the user can set, immutable. Defaults and allowed ranges live in {@link Defaults};
 * the constructor refuses values outside them, so a Settings object is always valid.
 */
public record Settings(
        Duration interval,
        Duration snoozeLength,
        int snoozeLimitPerDay,
        Duration preBreakNotice,
        WorkingHours workingHours,
        String routineId,
        boolean sound,
        Theme theme,
        String language,
        boolean startAtLogin,
        Duration idleReset,
        Timing timing,
        int volume,
        boolean speak) {

    public Settings {
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(timing, "timing");
        Defaults.INTERVAL.require(interval, "interval");
        Defaults.SNOOZE_LENGTH.require(snoozeLength, "snoozeLength");
        Defaults.PRE_BREAK_NOTICE.require(preBreakNotice, "preBreakNotice");
        Defaults.IDLE_RESET.require(idleReset, "idleReset");
        if (snoozeLimitPerDay < Defaults.SNOOZE_LIMIT_MIN || snoozeLimitPerDay > Defaults.SNOOZE_LIMIT_MAX) {
            throw new IllegalArgumentException("snoozeLimitPerDay out of range: " + snoozeLimitPerDay);
        }
        if (!Defaults.isValidRoutineId(routineId)) {
            throw new IllegalArgumentException("routineId is not a valid id: " + routineId);
        }
        if (volume < Defaults.VOLUME_MIN || volume > Defaults.VOLUME_MAX) {
            throw new IllegalArgumentException("volume out of range: " + volume);
        }
        if (!Defaults.isValidLanguage(language)) {
            throw new IllegalArgumentException("language is not a language tag: " + language);
        }
    }

    /** The settings with the default {@link Timing}, volume and speech. */
    public Settings(Duration interval, Duration snoozeLength, int snoozeLimitPerDay, Duration preBreakNotice,
                    WorkingHours workingHours, String routineId, boolean sound, Theme theme, String language,
                    boolean startAtLogin, Duration idleReset) {
        this(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId, sound, theme,
                language, startAtLogin, idleReset, Defaults.TIMING, Defaults.VOLUME, Defaults.SPEAK);
    }

    public static Settings defaults() {
        return Defaults.SETTINGS;
    }

    public Settings withInterval(Duration value) {
        return new Settings(value, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withSnoozeLength(Duration value) {
        return new Settings(interval, value, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withSnoozeLimitPerDay(int value) {
        return new Settings(interval, snoozeLength, value, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withPreBreakNotice(Duration value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, value, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withWorkingHours(WorkingHours value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, value, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withRoutineId(String value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, value,
                sound, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withSound(boolean value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                value, theme, language, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withTheme(Theme value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, value, language, startAtLogin, idleReset, timing, volume, speak);
    }

    /** The language to show: the chosen one, or {@code system}'s when the setting says "system". */
    public Locale locale(Locale system) {
        return Defaults.LANGUAGE_SYSTEM.equals(language) ? system : Locale.forLanguageTag(language);
    }

    public Settings withLanguage(String value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, value, startAtLogin, idleReset, timing, volume, speak);
    }

    public Settings withStartAtLogin(boolean value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, value, idleReset, timing, volume, speak);
    }

    public Settings withIdleReset(Duration value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, value, timing, volume, speak);
    }

    public Settings withTiming(Timing value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, value, volume, speak);
    }

    public Settings withVolume(int value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, value, speak);
    }

    public Settings withSpeak(boolean value) {
        return new Settings(interval, snoozeLength, snoozeLimitPerDay, preBreakNotice, workingHours, routineId,
                sound, theme, language, startAtLogin, idleReset, timing, volume, value);
    }
}
