package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone types into another window without pause across the moment a one-minute break falls
 * due: the reminder appears only after the typing stops, within five seconds of it, and not one
 * keystroke goes astray.
 */
@ExtendWith(DesktopExtension.class)
class TypingPauseIT {

    /** Typing goes on this long after the break fell due. */
    private static final Duration TYPING_AFTER_DUE = Duration.ofSeconds(8);

    @Test
    void theReminderWaitsForAPauseInTypingAndTakesNoKeystroke(Desktop d, Path dir) throws Exception {
        Path targetDir = Files.createDirectories(dir.resolve("target"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        d.spawn("focus-target", List.of(java, "-cp", System.getProperty("java.class.path"),
                FocusTarget.class.getName(), targetDir.toString()));
        Desktop.Geometry window = Poll.until(Duration.ofSeconds(30), "the focus target window",
                () -> d.window(FocusTarget.TITLE));
        d.clickToFocus(window, FocusTarget.TITLE);
        // What the card might do to the focus comes after this; getting the focus may take two clicks.
        Poll.until(Duration.ofSeconds(10), "the focus target to say it has the keyboard",
                () -> DeskBreakProcess.read(targetDir.resolve("focus.txt")).endsWith("gained\n"));
        int focusSetUp = DeskBreakProcess.read(targetDir.resolve("focus.txt")).length();
        DeskBreakProcess app = Reminders.startApp(d, dir);
        try {
            StringBuilder typed = new StringBuilder();
            long dueSeen = 0;
            long deadline = System.nanoTime() + Reminders.CYCLE.toNanos();
            int chunk = 0;
            while (System.nanoTime() < deadline) {
                String words = "w" + (chunk++) + " pack my box with five dozen liquor jugs ";
                d.xdotool("type", "--delay", "20", words);
                typed.append(words);
                if (dueSeen == 0 && app.logCount("phase=DUE") > 0) {
                    dueSeen = System.nanoTime();
                }
                if (dueSeen != 0 && System.nanoTime() - dueSeen > TYPING_AFTER_DUE.toNanos()) {
                    break;
                }
            }
            long stopped = System.nanoTime();
            assertThat(dueSeen).as("the break fell due while typing").isNotZero();
            assertThat(app.logCount("reminder card shown")).as("no card while typing").isZero();

            app.awaitLog("reminder card shown", 1, Duration.ofSeconds(10));
            Duration afterTyping = Duration.ofNanos(System.nanoTime() - stopped);
            System.out.printf("typing: due -> card %d ms; typing stopped -> card %d ms; %d characters typed%n",
                    Duration.ofNanos(System.nanoTime() - dueSeen).toMillis(), afterTyping.toMillis(), typed.length());
            assertThat(afterTyping).as("the card within 5 s of the typing stopping")
                    .isLessThanOrEqualTo(Duration.ofSeconds(5));

            String expected = typed.toString();
            Poll.until(Duration.ofSeconds(10), "every keystroke to arrive in the focus target",
                    () -> DeskBreakProcess.read(targetDir.resolve("typed.txt")).length() >= expected.length());
            assertThat(DeskBreakProcess.read(targetDir.resolve("typed.txt"))).isEqualTo(expected);
            assertThat(DeskBreakProcess.read(targetDir.resolve("focus.txt")).substring(focusSetUp))
                    .as("focus changes after the target had the keyboard").doesNotContain("lost");
            Poll.until(Duration.ofSeconds(10), "the card on screen", () -> d.window("DeskBreak reminder").isPresent());
            assertThat(d.activeWindowName()).isEqualTo(FocusTarget.TITLE);
            assertThat(Reminders.outcomes(app)).as("a typing pause is no busy wait").doesNotContain("WAITED");
            assertThat(app.cli("status", "--json")).as("the idle source in use, and why")
                    .contains("\"idle\":{\"source\":\"x11\",\"reason\":\"read from the X server on " + d.display());
            assertThat(app.log()).containsOnlyOnce("Idle time: read from the X server");
        } finally {
            app.close();
        }
    }
}
