package org.deskbreak.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the reminder tests share: the shortest cycle the settings allow, and the app started with
 * it. Each reminder test class has its own desktop and app, so they run side by side and none
 * waits for another's minutes.
 */
final class Reminders {

    /** A minute's work, a one-minute snooze and no heads-up: the shortest cycle the settings allow. */
    static final String FAST_BREAKS = """
            [reminders]
            interval_minutes = 1
            snooze_minutes = 1
            notice_seconds = 0
            """;
    /** Longest a test waits for the next card: one cycle, and the start or a slow machine. */
    static final Duration CYCLE = Duration.ofSeconds(100);

    private Reminders() {
    }

    /** The app with {@link #FAST_BREAKS}, its icon docked: the first card is a minute away. */
    static DeskBreakProcess startApp(Desktop desktop, Path dir) throws IOException {
        return startApp(desktop, dir, "");
    }

    /** The same, with more [reminders] keys ({@code "wait_for_typing_pause = false\n"}). */
    static DeskBreakProcess startApp(Desktop desktop, Path dir, String moreReminderKeys) throws IOException {
        DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("home"))
                .writeSettings(FAST_BREAKS + moreReminderKeys).start();
        app.awaitDocked();
        return app;
    }

    /** The kinds of outcome in history.csv, in the order they were written. */
    /**
     * The outcomes in history.csv once it holds at least {@code count}: the app writes history on
     * its file thread, a moment after the planner logged the outcome.
     */
    static List<String> outcomesOnceWritten(DeskBreakProcess app, int count) {
        Poll.until(java.time.Duration.ofSeconds(10), count + " outcome(s) written to history.csv",
                () -> outcomes(app).size() >= count);
        return outcomes(app);
    }

    static List<String> outcomes(DeskBreakProcess app) {
        return DeskBreakProcess.read(app.home().resolve("data").resolve("history.csv")).lines()
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
