package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fullscreen window, made fullscreen through the window manager, is active when a one-minute
 * break falls due: no reminder while it stays fullscreen; the reminder within a minute of it
 * leaving fullscreen, and the wait in history.
 */
@ExtendWith(DesktopExtension.class)
class BusyFullscreenIT {

    @Test
    void theReminderWaitsWhileTheActiveWindowIsFullscreenAndShowsWithinAMinuteAfter(Desktop d, Path dir)
            throws Exception {
        DeskBreakProcess app = Reminders.startApp(d, dir);
        try {
            Path targetDir = Files.createDirectories(dir.resolve("target"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            d.spawn("focus-target", List.of(java, "-cp", System.getProperty("java.class.path"),
                    FocusTarget.class.getName(), targetDir.toString()));
            Desktop.Geometry window = Poll.until(Duration.ofSeconds(30), "the focus target window",
                    () -> d.window(FocusTarget.TITLE));
            d.clickToFocus(window, FocusTarget.TITLE);
            d.run("wmctrl", "-r", FocusTarget.TITLE, "-b", "add,fullscreen");
            Poll.until(Duration.ofSeconds(10), "the window manager to make it fullscreen",
                    () -> d.window(FocusTarget.TITLE).filter(g -> g.width() == 1280 && g.height() == 800).isPresent());

            app.awaitLog("the due break waits: the active window is fullscreen", 1, Reminders.CYCLE);
            long dueSeen = System.nanoTime();
            app.awaitLog("waiting=true", 1, Duration.ofSeconds(5));
            assertThat(app.cli("status", "--json")).contains("\"state\":\"due\"", "\"waiting\":true",
                    "\"busy\":{\"signals\":\"X11 fullscreen window");
            assertThat(app.logCount("reminder card shown")).as("no card over the fullscreen window").isZero();
            assertThat(d.window("DeskBreak reminder")).isEmpty();
            Screens.save(d, "busy-fullscreen-no-card");

            d.run("wmctrl", "-r", FocusTarget.TITLE, "-b", "remove,fullscreen");
            long left = System.nanoTime();
            app.awaitLog("reminder card shown", 1, Duration.ofSeconds(75));
            long shown = System.nanoTime();
            Duration afterLeaving = Duration.ofNanos(shown - left);
            System.out.printf("fullscreen: due -> card %d ms; left fullscreen -> card %d ms%n",
                    Duration.ofNanos(shown - dueSeen).toMillis(), afterLeaving.toMillis());

            assertThat(afterLeaving).as("the card within a minute after fullscreen ends")
                    .isLessThanOrEqualTo(Duration.ofSeconds(65));
            Poll.until(Duration.ofSeconds(10), "the card on screen", () -> d.window("DeskBreak reminder").isPresent());
            assertThat(d.activeWindowName()).as("the card took no focus").isEqualTo(FocusTarget.TITLE);
            app.awaitLog("recorded WAITED", 1, Duration.ofSeconds(5));
            Poll.until(Duration.ofSeconds(10), "the wait in history.csv",
                    () -> Reminders.outcomes(app).contains("WAITED"));
        } finally {
            app.close();
        }
    }
}
