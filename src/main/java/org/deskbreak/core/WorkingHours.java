package org.deskbreak.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days and hours in which breaks may fall due. A window opens on each working day at
 * {@code start} and closes at {@code end}; an {@code end} at or before {@code start} closes on
 * the next day, so {@code 00:00-00:00} means the whole day and {@code 22:00-06:00} a night shift.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public static final WorkingHours ALWAYS =
            new WorkingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public WorkingHours {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public boolean isAllDayEveryDay() {
        return days.size() == 7 && start.equals(LocalTime.MIDNIGHT) && end.equals(LocalTime.MIDNIGHT);
    }

    /** Whether {@code t} lies inside a working window. */
    public boolean contains(Instant t, ZoneId zone) {
        LocalDate day = t.atZone(zone).toLocalDate();
        return windowContaining(day, t, zone) != null || windowContaining(day.minusDays(1), t, zone) != null;
    }

    /** {@code t} itself when working, else the instant the next window opens. */
    public Instant nextStart(Instant t, ZoneId zone) {
        if (contains(t, zone)) {
            return t;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        for (int i = 0; i <= 8; i++) {
            LocalDate d = day.plusDays(i);
            if (days.contains(d.getDayOfWeek())) {
                Instant opens = ZonedDateTime.of(d, start, zone).toInstant();
                if (opens.isAfter(t)) {
                    return opens;
                }
            }
        }
        throw new IllegalStateException("no working window within a week");  // unreachable: days is never empty
    }

    /**
     * When the working stretch around {@code t} ends, following windows that open exactly where
     * the previous one closes; empty when it never ends (every day, all day) or {@code t} is off hours.
     */
    public Optional<Instant> currentEnd(Instant t, ZoneId zone) {
        Instant end = null;
        Instant probe = t;
        for (int i = 0; i < 9; i++) {
            Instant e = latestEnd(probe, zone);
            if (e == null) {
                return Optional.ofNullable(end);
            }
            end = e;
            probe = e;
        }
        return Optional.empty();
    }

    private Instant latestEnd(Instant t, ZoneId zone) {
        LocalDate day = t.atZone(zone).toLocalDate();
        Instant a = windowContaining(day, t, zone);
        Instant b = windowContaining(day.minusDays(1), t, zone);
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The end of the window that opens on {@code day}, if it contains {@code t}; else null. */
    private Instant windowContaining(LocalDate day, Instant t, ZoneId zone) {
        if (!days.contains(day.getDayOfWeek())) {
            return null;
        }
        Instant opens = ZonedDateTime.of(day, start, zone).toInstant();
        LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
        Instant closes = ZonedDateTime.of(endDay, end, zone).toInstant();
        return !t.isBefore(opens) && t.isBefore(closes) ? closes : null;
    }
}
