package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JRootPane;
import org.deskbreak.app.CapturedLog;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one log line per window that bench/latency reads the first paint from. */
class FirstPaintTest {

    private final AtomicLong wallClock = new AtomicLong(1_764_640_000_123L);
    /** The app logs at INFO; the unit tests' logging shows only warnings. Held: JUL keeps loggers weakly. */
    private final Logger logger = Logger.getLogger(FirstPaint.class.getName());

    @BeforeEach
    void logAsTheAppDoes() {
        logger.setLevel(Level.INFO);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void logAsTheTestsDo() {
        logger.setLevel(null);
        logger.setUseParentHandlers(true);
    }

    @Test
    void theFirstPaintIsLoggedWithItsMillisecond() {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            paint(new FirstPaint("card", wallClock::get).rootPane());

            assertThat(messages(log)).containsExactly("first paint card at 1764640000123");
        }
    }

    @Test
    void laterPaintsOfTheSameWindowAreNotLogged() {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            JRootPane root = new FirstPaint("routine", wallClock::get).rootPane();
            paint(root);
            wallClock.addAndGet(50);
            paint(root);
            paint(root);

            assertThat(messages(log)).containsExactly("first paint routine at 1764640000123");
        }
    }

    @Test
    void eachNewWindowReportsItsOwnFirstPaint() {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            paint(new FirstPaint("card", wallClock::get).rootPane());
            wallClock.set(1_764_640_060_456L);
            paint(new FirstPaint("card", wallClock::get).rootPane());

            assertThat(messages(log)).containsExactly("first paint card at 1764640000123",
                    "first paint card at 1764640060456");
        }
    }

    @Test
    void nothingIsLoggedBeforeThePaint() {
        try (CapturedLog log = CapturedLog.of(FirstPaint.class)) {
            new FirstPaint("card", wallClock::get).rootPane();

            assertThat(messages(log)).isEmpty();
        }
    }

    @Test
    void theRootPaneIsOpaqueAsTheDefaultOneIs() {
        assertThat(new FirstPaint("card", wallClock::get).rootPane().isOpaque()).isTrue();
    }

    private static void paint(JRootPane root) {
        root.setSize(120, 80);
        root.doLayout();
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
    }

    private static java.util.List<String> messages(CapturedLog log) {
        return log.entries().stream().map(CapturedLog.Entry::message).toList();
    }
}
