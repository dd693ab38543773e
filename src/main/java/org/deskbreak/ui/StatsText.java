package org.deskbreak.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import org.deskbreak.history.Statistics;
import org.deskbreak.history.Statistics.Day;

/** The words of the statistics window, from the counts alone: no Swing, so tests can read them. */
public final class StatsText {

    /** The chart always shows a week, whatever span the statistics cover. */
    public static final int CHART_DAYS = 7;

    private final Messages messages;

    public StatsText(Messages messages) {
        this.messages = messages;
    }

    /** Today's breaks in one line: "3 breaks today — 2 completed, 1 cut short". */
    public String headline(Statistics stats) {
        Day today = today(stats);
        int taken = today.breaksTaken();
        if (taken == 0) {
            return messages.text("stats.headline.none");
        }
        if (today.partial() == 0) {
            return messages.text("stats.headline.completed", taken);
        }
        if (today.completed() == 0) {
            return messages.text("stats.headline.partial", taken);
        }
        return messages.text("stats.headline.mixed", taken, today.completed(), today.partial());
    }

    /**
     * What else happened over the chart's week: skipped, snoozed and away-from-desk breaks, and,
     * when there were any, breaks that waited while the user was busy.
     */
    public String weekLine(Statistics stats) {
        List<Day> week = lastWeek(stats);
        int skipped = week.stream().mapToInt(Day::skipped).sum();
        int snoozed = week.stream().mapToInt(Day::snoozed).sum();
        int away = week.stream().mapToInt(Day::natural).sum();
        int waited = week.stream().mapToInt(Day::waited).sum();
        String line = messages.text("stats.week", skipped, snoozed, away);
        return waited == 0 ? line : line + messages.text("stats.week.waited", waited);
    }

    /** The streak (when there is one) and the breaks taken over the whole span. */
    public String totalsLine(Statistics stats) {
        String total = messages.text("stats.total", stats.totalBreaksTaken(), stats.days().size());
        int streak = streak(stats.days());
        return streak == 0 ? total : messages.text("stats.streakAndTotal", messages.text("stats.streak", streak), total);
    }

    /** The chart's label under a day: the short weekday, or "Today". */
    public String dayLabel(Day day, Day today) {
        if (day.date().equals(today.date())) {
            return messages.text("stats.chart.today");
        }
        return day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale());
    }

    /** The tooltip over a day's bar. */
    public String dayDetail(Day day) {
        String date = day.date().format(DateTimeFormatter.ofPattern("EEE d MMM", messages.locale()));
        return messages.text("stats.bar.tip", date, day.completed(), day.partial());
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The last {@value #CHART_DAYS} days of the span, oldest first (fewer when the span is shorter). */
    public static List<Day> lastWeek(Statistics stats) {
        List<Day> days = stats.days();
        return List.copyOf(days.subList(Math.max(0, days.size() - CHART_DAYS), days.size()));
    }

    /**
     * Days in a row with at least one break taken, ending today; a today without a break yet does
     * not break the streak, since the day is not over.
     */
    public static int streak(List<Day> days) {
        int end = days.size() - 1;
        if (end >= 0 && days.get(end).breaksTaken() == 0) {
            end--;
        }
        int streak = 0;
        for (int i = end; i >= 0 && days.get(i).breaksTaken() > 0; i--) {
            streak++;
        }
        return streak;
    }

    /** The last day of the span; an empty span (never produced by {@link Statistics#of}) counts as nothing. */
    static Day today(Statistics stats) {
        List<Day> days = stats.days();
        return days.isEmpty() ? new Day(LocalDate.now(), 0, 0, 0, 0, 0) : days.get(days.size() - 1);
    }
}
