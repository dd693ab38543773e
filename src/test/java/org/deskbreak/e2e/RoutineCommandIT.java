package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The routine driven from the command line on a real desktop, with no snoozes to get out of
 * anything: whatever the order of commands and key presses, the app is never left in the
 * routine with no window on screen.
 */
@ExtendWith(DesktopExtension.class)
class RoutineCommandIT {

    static final String NO_SNOOZES = """
            [reminders]
            interval_minutes = 1
            snooze_limit_per_day = 0
            notice_seconds = 0
            """;
    static final String TITLE = "Wall lean with a tennis ball";
    /** The routine runs twenty times faster in these tests: about six seconds. */
    static final Duration ROUTINE = Duration.ofSeconds(40);

    @Test
    void nowWhileTheEndScreenShowsRaisesItAndEscapeLeavesTheRemindersRunning(Desktop desktop, Path dir) throws Exception {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("now-twice")).writeSettings(NO_SNOOZES).start()) {
            app.awaitDocked();
            assertThat(app.cli("now")).contains("Starting the routine.");
            app.awaitLog("routine done", 1, ROUTINE);
            Desktop.Geometry end = Poll.until(Duration.ofSeconds(10), "the end screen", () -> desktop.window(TITLE));
            desktop.xdotool("windowminimize", "--sync", end.id());

            assertThat(app.cli("now")).contains("brought it to the front");
            Poll.until(Duration.ofSeconds(10), "the end screen to be back on screen", () -> viewable(desktop, end));
            pressEscapeIn(desktop, TITLE);

            Poll.until(Duration.ofSeconds(10), "the end screen to go", () -> desktop.window(TITLE).isEmpty());
            app.awaitLog("routine window closed", 1, Duration.ofSeconds(10));
            assertThat(app.cli("status")).contains("State: counting down", "Next break:");
            assertThat(app.logCount("routine started")).as("the second now started nothing").isEqualTo(1);
            assertThat(app.cli("now")).contains("Starting the routine.");
            app.awaitLog("routine started", 2, Duration.ofSeconds(10));
        }
    }

    @Test
    void skipEndsTheRoutineAndClosesItsWindow(Desktop desktop, Path dir) throws Exception {
        // In real time: the routine must still be running when status and skip arrive, on a busy machine too.
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("skip")).writeSettings(NO_SNOOZES)
                .jvmOption("-Ddeskbreak.timeScale=1").start()) {
            app.awaitDocked();
            assertThat(app.cli("now")).contains("Starting the routine.");
            Poll.until(Duration.ofSeconds(20), "the routine window", () -> desktop.window(TITLE));
            assertThat(app.cli("status")).contains("finish it from its window or with `deskbreak skip`");

            assertThat(app.cli("skip")).contains("Skipped");

            Poll.until(Duration.ofSeconds(10), "the routine window to go", () -> desktop.window(TITLE).isEmpty());
            app.awaitLog("recorded PARTIAL", 1, Duration.ofSeconds(10));
            assertThat(app.cli("status")).contains("State: counting down");
        }
    }

    private static boolean viewable(Desktop desktop, Desktop.Geometry window) {
        return desktop.run("xwininfo", "-id", window.id()).contains("Map State: IsViewable");
    }

    /** As a person would: bring the window to the front, then press the key. */
    private static void pressEscapeIn(Desktop desktop, String title) {
        Desktop.Geometry window = Poll.until(Duration.ofSeconds(10), "the window " + title, () -> desktop.window(title));
        desktop.xdotool("windowactivate", "--sync", window.id());
        desktop.xdotool("key", "Escape");
    }
}
