package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JDialog;
import javax.swing.JLabel;
import org.deskbreak.app.CapturedLog;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * The reminder card got ready ahead of a break, on a real display: nothing shows and nothing is
 * kept, and the real card still comes with its texts and its one first-paint line. Skipped without
 * a display, unless DESKBREAK_E2E_REQUIRED is set (CI).
 */
@DisabledIf("headless")
class ReminderCardAheadIT {

    private final ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
    private final ReminderCard card = new ReminderCard(
            new BreakActions(planner, null, s -> { }, () -> { }, () -> { }, () -> { }, () -> { }),
            messages, new StatusText(messages, clock.getZone()), AppIcons.load(), planner::snapshot);
    /** Held: JUL keeps loggers weakly. The unit tests' logging shows only warnings; the app logs INFO. */
    private final Logger paintLog = Logger.getLogger(FirstPaint.class.getName());

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    @BeforeEach
    void logAsTheAppDoes() {
        paintLog.setLevel(Level.INFO);
    }

    @AfterEach
    void close() throws Exception {
        ScreenshotKit.onEdt(card::close);
        paintLog.setLevel(null);
    }

    @Test
    void gettingReadyShowsNothingAndKeepsNoWindow() throws Exception {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            ScreenshotKit.onEdt(card::prepare);

            ScreenshotKit.onEdt(() -> assertThat(card.isShowing()).isFalse());
            assertThat(cardWindows()).as("card windows still displayable").isEmpty();
            assertThat(cardLines(log)).as("a drawing off screen is no first paint").isEmpty();
        }
    }

    @Test
    void theCardGotReadyAheadStillShowsWithItsTextsAndOneFirstPaint() throws Exception {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            ScreenshotKit.onEdt(card::prepare);

            ScreenshotKit.onEdt(() -> card.show(null));

            JDialog shown = ScreenshotKit.dialog(messages.text("card.window"));
            String[] title = new String[1];
            ScreenshotKit.onEdt(() -> title[0] = ((JLabel) find(shown, "cardTitle")).getText());
            assertThat(title[0]).isEqualTo("Time for a 2-minute wall routine");
            awaitPaintLines(log, 1);
            ScreenshotKit.onEdt(shown::repaint);
            ScreenshotKit.onEdt(() -> shown.getRootPane().paintImmediately(shown.getRootPane().getBounds()));
            assertThat(cardLines(log)).hasSize(1).allMatch(m -> m.matches("first paint card at \\d{13}"));
        }
    }

    /** The card's lines: windows of tests before this one may still be painting for the first time. */
    private static List<String> cardLines(CapturedLog log) {
        return log.entries().stream().map(CapturedLog.Entry::message).filter(m -> m.startsWith("first paint card")).toList();
    }

    /** Painting follows the window manager's mapping: wait for it, as a person would look. */
    private static void awaitPaintLines(CapturedLog log, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (cardLines(log).size() < count && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(cardLines(log)).as("first paint lines").hasSize(count);
    }

    private List<Window> cardWindows() throws Exception {
        Window[][] all = new Window[1][];
        ScreenshotKit.onEdt(() -> all[0] = Window.getWindows());
        return Arrays.stream(all[0]).filter(w -> w instanceof JDialog d && messages.text("card.window").equals(d.getTitle()))
                .filter(Window::isDisplayable).toList();
    }

    private static java.awt.Component find(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
