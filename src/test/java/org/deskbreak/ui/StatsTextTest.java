package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.history.Statistics;
import org.deskbreak.history.Statistics.Day;
import org.junit.jupiter.api.Test;

class StatsTextTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);  // a Thursday

    private final StatsText text = new StatsText(new Messages(Locale.ENGLISH));
    private final List<BreakEvent> events = new ArrayList<>();

    // ---- headline: today's breaks

    @Test
    void noBreakTodaySaysSo() {
        record(EventKind.COMPLETED, TODAY.minusDays(1), 10);

        assertThat(text.headline(stats(7))).isEqualTo("No breaks yet today");
    }

    @Test
    void oneCompletedBreak() {
        record(EventKind.COMPLETED, TODAY, 10);

        assertThat(text.headline(stats(7))).isEqualTo("1 break today — completed");
    }

    @Test
    void oneBreakCutShort() {
        record(EventKind.PARTIAL, TODAY, 10);

        assertThat(text.headline(stats(7))).isEqualTo("1 break today — cut short");
    }

    @Test
    void severalBreaksAllCompleted() {
        record(EventKind.COMPLETED, TODAY, 9);
        record(EventKind.COMPLETED, TODAY, 11);
        record(EventKind.COMPLETED, TODAY, 14);
        record(EventKind.COMPLETED, TODAY, 16);

        assertThat(text.headline(stats(7))).isEqualTo("4 breaks today — all completed");
    }

    @Test
    void mixedBreaksNameBothCounts() {
        record(EventKind.COMPLETED, TODAY, 9);
        record(EventKind.PARTIAL, TODAY, 11);
        record(EventKind.COMPLETED, TODAY, 14);
        record(EventKind.SKIPPED, TODAY, 15);

        assertThat(text.headline(stats(7))).isEqualTo("3 breaks today — 2 completed, 1 cut short");
    }

    // ---- the line under the chart

    @Test
    void weekLineCountsOnlyTheChartsSevenDays() {
        record(EventKind.SKIPPED, TODAY, 9);
        record(EventKind.SKIPPED, TODAY.minusDays(6), 9);
        record(EventKind.SKIPPED, TODAY.minusDays(7), 9);  // eight days ago: before the chart
        record(EventKind.SNOOZED, TODAY.minusDays(2), 10);
        record(EventKind.NATURAL, TODAY.minusDays(3), 12);

        assertThat(text.weekLine(stats(30))).isEqualTo("Last 7 days: 2 skipped · 1 snoozed · 1 away from the desk");
    }

    @Test
    void weekLineNamesBreaksThatWaitedWhileBusy() {
        record(EventKind.WAITED, TODAY, 9);
        record(EventKind.COMPLETED, TODAY, 9);
        record(EventKind.WAITED, TODAY.minusDays(4), 14);
        record(EventKind.SKIPPED, TODAY.minusDays(4), 14);

        assertThat(text.weekLine(stats(30)))
                .isEqualTo("Last 7 days: 1 skipped · 0 snoozed · 0 away from the desk · 2 waited while you were busy");
        assertThat(text.headline(stats(7))).as("a wait is no break of its own").startsWith("1 break today");
    }

    @Test
    void totalsLineNamesTheStreakAndTheWholeSpan() {
        record(EventKind.COMPLETED, TODAY, 9);
        record(EventKind.PARTIAL, TODAY.minusDays(1), 9);
        record(EventKind.COMPLETED, TODAY.minusDays(2), 9);
        record(EventKind.COMPLETED, TODAY.minusDays(20), 9);

        assertThat(text.totalsLine(stats(30))).isEqualTo("3-day streak · 4 breaks in the last 30 days");
    }

    @Test
    void totalsLineWithoutAStreakOnlyCounts() {
        assertThat(text.totalsLine(stats(7))).isEqualTo("No breaks in the last 7 days");
    }

    // ---- streak

    @Test
    void aTodayWithoutBreaksYetKeepsYesterdaysStreak() {
        record(EventKind.COMPLETED, TODAY.minusDays(1), 9);
        record(EventKind.COMPLETED, TODAY.minusDays(2), 9);

        assertThat(StatsText.streak(stats(7).days())).isEqualTo(2);
    }

    @Test
    void aDayWithoutBreaksEndsTheStreak() {
        record(EventKind.COMPLETED, TODAY, 9);
        record(EventKind.SKIPPED, TODAY.minusDays(1), 9);  // skipping is not taking a break
        record(EventKind.COMPLETED, TODAY.minusDays(2), 9);

        assertThat(StatsText.streak(stats(7).days())).isEqualTo(1);
    }

    @Test
    void noBreaksNoStreak() {
        assertThat(StatsText.streak(stats(7).days())).isZero();
        assertThat(StatsText.streak(List.of())).isZero();
    }

    // ---- the chart's days and labels

    @Test
    void theChartTakesTheLastSevenDaysOfALongerSpan() {
        List<Day> week = StatsText.lastWeek(stats(30));

        assertThat(week).extracting(Day::date).containsExactly(
                TODAY.minusDays(6), TODAY.minusDays(5), TODAY.minusDays(4), TODAY.minusDays(3),
                TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
    }

    @Test
    void aShorterSpanIsShownAsItIs() {
        assertThat(StatsText.lastWeek(stats(3))).hasSize(3);
    }

    @Test
    void daysAreLabelledByWeekdayAndTheLastAsToday() {
        Statistics s = stats(7);
        Day today = s.today();

        assertThat(s.days()).extracting(d -> text.dayLabel(d, today))
                .containsExactly("Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Today");
    }

    @Test
    void theTooltipNamesTheDateAndBothCounts() {
        record(EventKind.COMPLETED, TODAY.minusDays(3), 9);
        record(EventKind.COMPLETED, TODAY.minusDays(3), 11);
        record(EventKind.PARTIAL, TODAY.minusDays(3), 15);

        Day monday = stats(7).days().get(3);

        assertThat(text.dayDetail(monday)).isEqualTo("Mon 2 Mar: 2 completed, 1 cut short");
    }

    private void record(EventKind kind, LocalDate day, int hour) {
        Instant start = day.atTime(hour, 0).atZone(PARIS).toInstant();
        events.add(BreakEvent.of(kind, start, start.plusSeconds(120)));
    }

    private Statistics stats(int days) {
        return Statistics.of(events, PARIS, TODAY, days);
    }
}
