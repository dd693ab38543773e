package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.deskbreak.history.Statistics.Day;
import org.junit.jupiter.api.Test;

class BarScaleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final double PLOT = 120;

    @Test
    void theBusiestDayFillsThePlot() {
        List<Day> week = List.of(day(0, 3, 1), day(1, 8, 2), day(2, 5, 0));
        BarScale scale = BarScale.of(week);

        assertThat(scale.top()).isEqualTo(10);
        assertThat(scale.bar(week.get(1), PLOT).total()).isCloseTo(PLOT, within(1e-9));
    }

    @Test
    void otherDaysAreInProportion() {
        List<Day> week = List.of(day(0, 3, 1), day(1, 8, 2), day(2, 5, 0));
        BarScale scale = BarScale.of(week);

        BarScale.Bar first = scale.bar(week.get(0), PLOT);
        assertThat(first.completed()).isCloseTo(36, within(1e-9));
        assertThat(first.partial()).isCloseTo(12, within(1e-9));
        assertThat(scale.bar(week.get(2), PLOT).total()).isCloseTo(60, within(1e-9));
    }

    @Test
    void aQuietWeekIsNotBlownUpToFullHeight() {
        List<Day> week = List.of(day(0, 1, 0), day(1, 0, 0));
        BarScale scale = BarScale.of(week);

        assertThat(scale.top()).isEqualTo(BarScale.MIN_TOP);
        assertThat(scale.bar(week.get(0), PLOT).total()).isCloseTo(PLOT / BarScale.MIN_TOP, within(1e-9));
    }

    @Test
    void aDayWithoutBreaksHasNoBar() {
        BarScale scale = new BarScale(6);

        assertThat(scale.bar(day(0, 0, 0), PLOT).total()).isZero();
    }

    @Test
    void aSmallSegmentStaysVisibleAndTheBarStillFits() {
        BarScale scale = new BarScale(200);
        Day lopsided = day(0, 199, 1);

        BarScale.Bar bar = scale.bar(lopsided, PLOT);

        assertThat(bar.partial()).isEqualTo(BarScale.MIN_SEGMENT);
        assertThat(bar.total()).isCloseTo(PLOT, within(1e-9));
    }

    @Test
    void emptyOnlyWhenNoDayHasABreakTaken() {
        Day skippedOnly = new Day(MONDAY, 0, 0, 3, 2, 1);

        assertThat(BarScale.isEmpty(List.of(skippedOnly, day(1, 0, 0)))).isTrue();
        assertThat(BarScale.isEmpty(List.of(skippedOnly, day(1, 0, 1)))).isFalse();
        assertThat(BarScale.isEmpty(List.of())).isTrue();
    }

    private static Day day(int offset, int completed, int partial) {
        return new Day(MONDAY.plusDays(offset), completed, partial, 0, 0, 0);
    }
}
