package org.deskbreak.ui;

import java.util.List;
import org.deskbreak.history.Statistics.Day;

/**
 * How tall each stacked bar is, in logical pixels: the busiest day fills the plot. Below
 * {@link #MIN_TOP} breaks the scale stays at {@code MIN_TOP}, so one break on a quiet week looks
 * like one break, not like a full day.
 */
public record BarScale(int top) {

    /** The smallest value the full plot height stands for. */
    public static final int MIN_TOP = 4;
    /** A segment that holds anything is at least this tall, so it never vanishes into the baseline. */
    public static final double MIN_SEGMENT = 3;

    public static BarScale of(List<Day> days) {
        int max = days.stream().mapToInt(Day::breaksTaken).max().orElse(0);
        return new BarScale(Math.max(MIN_TOP, max));
    }

    /** Nothing was taken on any day: the chart shows its empty state instead of bars. */
    public static boolean isEmpty(List<Day> days) {
        return days.stream().allMatch(d -> d.breaksTaken() == 0);
    }

    /** One day's bar: the completed part at the bottom, the cut-short part stacked on it. */
    public record Bar(double completed, double partial) {
        public double total() {
            return completed + partial;
        }
    }

    public Bar bar(Day day, double plotHeight) {
        double completed = segment(day.completed(), plotHeight);
        double partial = segment(day.partial(), plotHeight);
        double overflow = completed + partial - plotHeight;
        if (overflow > 0) {
            // Only the minimum heights of tiny segments can push past the top: take it from the larger one.
            if (completed >= partial) {
                completed -= overflow;
            } else {
                partial -= overflow;
            }
        }
        return new Bar(completed, partial);
    }

    private double segment(int value, double plotHeight) {
        if (value <= 0) {
            return 0;
        }
        return Math.max(MIN_SEGMENT, plotHeight * value / top);
    }
}
