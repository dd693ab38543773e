package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.history.Statistics;
import org.junit.jupiter.api.Test;

/** The chart painted off screen (no display needed): which colours land where. */
class WeekChartTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final int W = 404;
    private static final int H = 196;

    private final List<BreakEvent> events = new ArrayList<>();

    @Test
    void anEmptyWeekPaintsNoBars() {
        record(EventKind.SKIPPED, TODAY, 3);  // skips are not breaks taken

        BufferedImage img = paint();

        assertThat(count(img, AppTheme.accentGraphic())).isZero();
        assertThat(new WeekChart(text()).getToolTipText()).isNull();
    }

    @Test
    void withNoHistoryTheChartSaysNothingIsRecorded() {
        WeekChart chart = new WeekChart(text());

        chart.show(Statistics.of(events, PARIS, TODAY, 30));

        assertThat(chart.getAccessibleContext().getAccessibleDescription()).isEqualTo("No breaks recorded yet");
    }

    @Test
    void aQuietWeekAfterEarlierBreaksIsNotCalledAnEmptyHistory() {
        record(EventKind.COMPLETED, TODAY.minusDays(20), 2);
        WeekChart chart = new WeekChart(text());

        chart.show(Statistics.of(events, PARIS, TODAY, 30));

        assertThat(chart.getAccessibleContext().getAccessibleDescription()).isEqualTo("No breaks in the last 7 days");
    }

    @Test
    void aScreenReaderHearsEveryDay() {
        record(EventKind.COMPLETED, TODAY, 2);
        WeekChart chart = new WeekChart(text());

        chart.show(Statistics.of(events, PARIS, TODAY, 7));

        assertThat(chart.getAccessibleContext().getAccessibleDescription())
                .startsWith("Fri 27 Feb: 0 completed, 0 cut short.")
                .endsWith("Thu 5 Mar: 2 completed, 0 cut short.");
    }

    @Test
    void theCutShortTintStaysApartFromBothBackgrounds() {
        Color lightWindow = new Color(0xF2F2F2);
        Color darkWindow = new Color(0x3C3F41);
        new AppTheme(false).apply(org.deskbreak.core.Theme.DARK);
        Color dark = WeekChart.tint(darkWindow);
        new AppTheme(false).apply(org.deskbreak.core.Theme.LIGHT);
        Color light = WeekChart.tint(lightWindow);

        assertThat(light).isNotEqualTo(AppTheme.accentGraphic());
        assertThat(light.getGreen()).isGreaterThan(AppTheme.accentGraphic().getGreen()).isLessThan(0xF2);
        assertThat(WeekChart.contrast(light, lightWindow)).isGreaterThanOrEqualTo(3.0);
        assertThat(WeekChart.contrast(dark, darkWindow)).isGreaterThanOrEqualTo(3.0);
        assertThat(dark.getGreen()).isGreaterThan(0x3F + 40);
    }

    @Test
    void completedBreaksPaintInTheAccentAndCutShortOnesInTheTint() {
        record(EventKind.COMPLETED, TODAY.minusDays(1), 3);
        record(EventKind.PARTIAL, TODAY.minusDays(1), 1);

        BufferedImage img = paint();

        assertThat(count(img, AppTheme.accentGraphic())).isGreaterThan(100);
        Color tint = WeekChart.tint(javax.swing.UIManager.getColor("Panel.background"));
        assertThat(count(img, tint)).isGreaterThan(30);
    }

    @Test
    void theBusiestDaysBarIsTheTallest() {
        record(EventKind.COMPLETED, TODAY.minusDays(6), 2);  // first slot
        record(EventKind.COMPLETED, TODAY, 6);                // last slot

        BufferedImage img = paint();

        int slot = W / 7;
        int first = accentHeight(img, slot / 2);
        int last = accentHeight(img, W - slot / 2);
        assertThat(last).isGreaterThan(first);
        assertThat((double) first / last).isBetween(0.28, 0.39);  // 2 of 6
    }

    private BufferedImage paint() {
        WeekChart chart = new WeekChart(text());
        chart.setSize(W, H);
        chart.show(Statistics.of(events, PARIS, TODAY, 7));
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(javax.swing.UIManager.getColor("Panel.background"));
        g.fillRect(0, 0, W, H);
        chart.paint(g);
        g.dispose();
        return img;
    }

    private static StatsText text() {
        return new StatsText(new Messages(Locale.ENGLISH));
    }

    private void record(EventKind kind, LocalDate day, int times) {
        for (int i = 0; i < times; i++) {
            Instant start = day.atTime(9 + i, 0).atZone(PARIS).toInstant();
            events.add(BreakEvent.of(kind, start, start.plusSeconds(120)));
        }
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int accentHeight(BufferedImage img, int x) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) == (AppTheme.accentGraphic().getRGB() & 0xFFFFFF)) {
                n++;
            }
        }
        return n;
    }
}
