package org.deskbreak.core;

import java.util.function.UnaryOperator;

/**
 * What was changed between two settings, as a change that can be applied to others: a window
 * opened on older settings changes only the fields the user touched, onto the settings in force
 * when Save is pressed.
 */
public final class SettingsChange {

    private SettingsChange() {
    }

    /** Sets on its input every field where {@code after} differs from {@code before}; keeps the others. */
    public static UnaryOperator<Settings> between(Settings before, Settings after) {
        return s -> {
            Settings r = s;
            if (!after.interval().equals(before.interval())) {
                r = r.withInterval(after.interval());
            }
            if (!after.snoozeLength().equals(before.snoozeLength())) {
                r = r.withSnoozeLength(after.snoozeLength());
            }
            if (after.snoozeLimitPerDay() != before.snoozeLimitPerDay()) {
                r = r.withSnoozeLimitPerDay(after.snoozeLimitPerDay());
            }
            if (!after.preBreakNotice().equals(before.preBreakNotice())) {
                r = r.withPreBreakNotice(after.preBreakNotice());
            }
            if (!after.workingHours().equals(before.workingHours())) {
                r = r.withWorkingHours(after.workingHours());
            }
            if (!after.routineId().equals(before.routineId())) {
                r = r.withRoutineId(after.routineId());
            }
            if (after.sound() != before.sound()) {
                r = r.withSound(after.sound());
            }
            if (after.theme() != before.theme()) {
                r = r.withTheme(after.theme());
            }
            if (!after.language().equals(before.language())) {
                r = r.withLanguage(after.language());
            }
            if (after.startAtLogin() != before.startAtLogin()) {
                r = r.withStartAtLogin(after.startAtLogin());
            }
            if (!after.idleReset().equals(before.idleReset())) {
                r = r.withIdleReset(after.idleReset());
            }
            Timing was = before.timing();
            Timing now = after.timing();
            if (now.waitWhileBusy() != was.waitWhileBusy()) {
                r = r.withTiming(r.timing().withWaitWhileBusy(now.waitWhileBusy()));
            }
            if (!now.busyLimit().equals(was.busyLimit())) {
                r = r.withTiming(r.timing().withBusyLimit(now.busyLimit()));
            }
            if (now.waitForTypingPause() != was.waitForTypingPause()) {
                r = r.withTiming(r.timing().withWaitForTypingPause(now.waitForTypingPause()));
            }
            if (after.volume() != before.volume()) {
                r = r.withVolume(after.volume());
            }
            if (after.speak() != before.speak()) {
                r = r.withSpeak(after.speak());
            }
            return r;
        };
    }
}
