package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder card, with a break due one minute after start and no wait for a pause in typing
 * (the wait gives up after a minute of typing, and then this is what happens): it appears while
 * someone types in another window without taking a keystroke, then Snooze on it puts the break off and the
 * card comes back when the snooze is over, where Skip records the skipped break.
 */
@ExtendWith(DesktopExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderWhileTypingIT {

    private static Desktop desktop;
    private static DeskBreakProcess app;
    private static Path targetDir;
    /** The focus target's focus log once it has the keyboard: what the card might do comes after it. */
    private static int focusSetUp;

    @BeforeAll
    static void startTheOtherWindowThenTheApp(Desktop d, Path dir) throws IOException {
        desktop = d;
        targetDir = Files.createDirectories(dir.resolve("target"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        d.spawn("focus-target", List.of(java, "-cp", System.getProperty("java.class.path"),
                FocusTarget.class.getName(), targetDir.toString()));
        Desktop.Geometry window = Poll.until(Duration.ofSeconds(30), "the focus target window",
                () -> d.window(FocusTarget.TITLE));
        d.clickToFocus(window, FocusTarget.TITLE);
        Poll.until(Duration.ofSeconds(10), "the focus target to say it has the keyboard",
                () -> DeskBreakProcess.read(targetDir.resolve("focus.txt")).endsWith("gained\n"));
        focusSetUp = DeskBreakProcess.read(targetDir.resolve("focus.txt")).length();

        app = Reminders.startApp(d, dir, "wait_for_typing_pause = false\n");
    }

    @AfterAll
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theCardAppearsWhileTypingElsewhereWithoutTakingAKeystrokeOrTheFocus() {
        StringBuilder typed = new StringBuilder();
        int chunk = 0;
        int afterCard = 0;
        long deadline = System.nanoTime() + Reminders.CYCLE.toNanos();
        // Type in short bursts until the card is up, and a few bursts more while it shows.
        while (afterCard < 3 && System.nanoTime() < deadline) {
            String words = "chunk" + (chunk++) + " the quick brown fox jumps over the lazy dog ";
            desktop.xdotool("type", "--delay", "25", words);
            typed.append(words);
            if (app.logCount("reminder card shown") > 0) {
                afterCard++;
            }
        }
        assertThat(app.logCount("reminder card shown")).as("the card appeared while typing").isEqualTo(1);
        Screens.save(desktop, "reminder-card");

        String expected = typed.toString();
        Poll.until(Duration.ofSeconds(10), "every keystroke to arrive in the focus target",
                () -> DeskBreakProcess.read(targetDir.resolve("typed.txt")).length() >= expected.length());
        assertThat(DeskBreakProcess.read(targetDir.resolve("typed.txt"))).isEqualTo(expected);
        System.out.printf("typed %d characters while the reminder card appeared; %d arrived%n",
                expected.length(), DeskBreakProcess.read(targetDir.resolve("typed.txt")).length());
        assertThat(DeskBreakProcess.read(targetDir.resolve("focus.txt")).substring(focusSetUp))
                .as("focus changes after the target had the keyboard").doesNotContain("lost");
        assertThat(desktop.activeWindowName()).isEqualTo(FocusTarget.TITLE);
        assertThat(desktop.window("DeskBreak reminder")).as("the card is on screen").isPresent();
    }

    @Test
    @Order(2)
    void snoozeOnTheCardPutsTheBreakOff() {
        DeskBreakProcess.Button snooze = app.lastButton("card", "Snooze 1 min").orElseThrow();
        assertThat(snooze.enabled()).isTrue();

        app.click(snooze);

        app.awaitLog("recorded SNOOZED", 1, Duration.ofSeconds(10));
        app.awaitLog("state phase=COUNTING", 2, Duration.ofSeconds(10));
        Poll.until(Duration.ofSeconds(10), "the card to go", () -> desktop.window("DeskBreak reminder").isEmpty());
    }

    @Test
    @Order(3)
    void whenTheSnoozeIsOverTheCardIsBackAndSkipRecordsTheSkippedBreak() {
        app.awaitLog("reminder card shown", 2, Reminders.CYCLE);
        DeskBreakProcess.Button skip = app.awaitButton("card", "Skip", 2);

        app.click(skip);

        app.awaitLog("recorded SKIPPED", 1, Duration.ofSeconds(10));
        Poll.until(Duration.ofSeconds(10), "the card to go", () -> desktop.window("DeskBreak reminder").isEmpty());
        assertThat(Reminders.outcomesOnceWritten(app, 2)).as("history.csv holds every outcome so far, in order")
                .containsExactly("SNOOZED", "SKIPPED");
    }
}
