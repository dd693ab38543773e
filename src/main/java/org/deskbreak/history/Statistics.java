package org.deskbreak.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.DayTally;
import org.deskbreak.core.EventKind;

/** Per-day counts over a span of days, from recorded events: what the stats window shows. */
public record Statistics(List<Day> days) {

    /** {@code waited}: breaks whose reminder waited for the right moment (the user was busy). */
    public record Day(LocalDate date, int completed, int partial, int skipped, int snoozed, int natural, int waited) {
        public Day(LocalDate date, int completed, int partial, int skipped, int snoozed, int natural) {
            this(date, completed, partial, skipped, snoozed, natural, 0);
        }

        public int breaksTaken() {
            return completed + partial;
        }
    }

    /** The {@code dayCount} days ending with {@code today}, oldest first, days without events included. */
    public static Statistics of(List<BreakEvent> events, ZoneId zone, LocalDate today, int dayCount) {
        LocalDate first = today.minusDays(dayCount - 1L);
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, new int[EventKind.values().length]);
        }
        for (BreakEvent e : events) {
            // Outcomes count on the day they ended (a skip counts when it was skipped).
            Instant when = e.kind() == EventKind.SNOOZED || e.kind() == EventKind.PAUSED ? e.start() : e.end().orElse(e.start());
            int[] c = dayOf(when, zone).map(counts::get).orElse(null);
            if (c != null) {
                c[e.kind().ordinal()]++;
            }
        }
        List<Day> days = new ArrayList<>();
        counts.forEach((d, c) -> days.add(new Day(d,
                c[EventKind.COMPLETED.ordinal()], c[EventKind.PARTIAL.ordinal()], c[EventKind.SKIPPED.ordinal()],
                c[EventKind.SNOOZED.ordinal()], c[EventKind.NATURAL.ordinal()], c[EventKind.WAITED.ordinal()])));
        return new Statistics(List.copyOf(days));
    }

    /**
     * The day of {@code t} in {@code zone}, or nothing for an instant no zone can place (near the
     * limits of the time types an offset overflows): such an event counts on no day.
     */
    static Optional<LocalDate> dayOf(Instant t, ZoneId zone) {
        if (!HistoryLog.plausible(t)) {
            return Optional.empty();
        }
        try {
            return Optional.of(t.atZone(zone).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public Day today() {
        return days.get(days.size() - 1);
    }

    /** Today's counts in the planner's terms, to carry them over a restart. */
    public DayTally todayTally() {
        Day d = today();
        return new DayTally(d.completed(), d.partial(), d.skipped(), d.snoozed(), d.natural(), d.waited());
    }

    /** Breaks over the span whose reminder waited until the user was no longer busy. */
    public int totalWaited() {
        return days.stream().mapToInt(Day::waited).sum();
    }

    public int totalBreaksTaken() {
        return days.stream().mapToInt(Day::breaksTaken).sum();
    }
}
