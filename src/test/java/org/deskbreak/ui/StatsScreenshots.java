package org.deskbreak.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JDialog;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.core.Theme;
import org.deskbreak.history.Statistics;

/**
 * Renders the statistics window for docs/screenshots, light and dark, with a plausible month of
 * breaks, and once with no history at all. Run on a display (Xvfb is fine), optionally with
 * {@code -Dsun.java2d.uiScale=2}:
 * {@code java -cp target/classes:target/test-classes:<deps> org.deskbreak.ui.StatsScreenshots docs/screenshots}.
 */
public final class StatsScreenshots {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    private final ScreenshotKit kit;

    private StatsScreenshots(ScreenshotKit kit) {
        this.kit = kit;
    }

    public static void main(String[] args) {
        ScreenshotKit.run(args, kit -> new StatsScreenshots(kit).run());
    }

    private void run() throws Exception {
        Statistics month = Statistics.of(sampleMonth(), ZONE, TODAY, 30);
        Statistics nothing = Statistics.of(List.of(), ZONE, TODAY, 30);
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            ScreenshotKit.onEdt(() -> new AppTheme(false).apply(theme));
            shoot(month, "stats-" + name);
            shoot(nothing, "stats-empty-" + name);
        }
    }

    private void shoot(Statistics stats, String name) throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        StatsWindow window = new StatsWindow(messages, AppIcons.load(), Runnable::run, () -> stats);
        ScreenshotKit.onEdt(window::open);
        kit.settle();
        JDialog dialog = ScreenshotKit.dialog(messages.text("stats.window"));
        System.out.println(name + ": window " + dialog.getWidth() + "x" + dialog.getHeight()
                + ", content " + dialog.getContentPane().getWidth() + "x" + dialog.getContentPane().getHeight());
        kit.capture(ScreenshotKit.dialogContent(messages.text("stats.window")), name);
        ScreenshotKit.onEdt(window::close);
    }

    /** Most days four to seven breaks, a lazy weekend, a few cut short, skipped and snoozed. */
    private static List<BreakEvent> sampleMonth() {
        int[][] week = {
                // completed, partial, skipped, snoozed, away — oldest (Fri 27 Feb) to today (Thu 5 Mar)
                {4, 1, 1, 2, 0}, {0, 0, 0, 0, 1}, {1, 0, 0, 0, 0}, {5, 1, 0, 1, 1}, {3, 1, 2, 1, 0},
                {6, 1, 0, 2, 1}, {2, 1, 1, 1, 0}};
        List<BreakEvent> events = new ArrayList<>();
        for (int back = 29; back >= 7; back--) {
            LocalDate day = TODAY.minusDays(back);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int completed = weekend ? 0 : 3 + (int) (back * 7 % 4);
            add(events, day, EventKind.COMPLETED, completed, 9);
        }
        for (int i = 0; i < week.length; i++) {
            LocalDate day = TODAY.minusDays(6 - i);
            add(events, day, EventKind.COMPLETED, week[i][0], 9);
            add(events, day, EventKind.PARTIAL, week[i][1], 15);
            add(events, day, EventKind.SKIPPED, week[i][2], 16);
            add(events, day, EventKind.SNOOZED, week[i][3], 17);
            add(events, day, EventKind.NATURAL, week[i][4], 12);
        }
        return events;
    }

    private static void add(List<BreakEvent> events, LocalDate day, EventKind kind, int times, int fromHour) {
        for (int i = 0; i < times; i++) {
            Instant start = day.atTime(fromHour + i / 2, (i % 2) * 30).atZone(ZONE).toInstant();
            events.add(BreakEvent.of(kind, start, start.plusSeconds(120)));
        }
    }
}
