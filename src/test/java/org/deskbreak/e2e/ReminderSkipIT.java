package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Skip on the reminder card: the break is recorded as skipped and the next one follows a cycle later. */
@ExtendWith(DesktopExtension.class)
class ReminderSkipIT {

    private static Desktop desktop;
    private static DeskBreakProcess app;

    @BeforeAll
    static void startTheApp(Desktop d, Path dir) throws IOException {
        desktop = d;
        app = Reminders.startApp(d, dir);
    }

    @AfterAll
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void skipOnTheCardRecordsTheSkippedBreakAndTheNextReminderFollows() {
        app.awaitLog("reminder card shown", 1, Reminders.CYCLE);
        DeskBreakProcess.Button skip = app.awaitButton("card", "Skip", 1);

        app.click(skip);

        app.awaitLog("recorded SKIPPED", 1, Duration.ofSeconds(10));
        Poll.until(Duration.ofSeconds(10), "the card to go", () -> desktop.window("DeskBreak reminder").isEmpty());
        assertThat(Reminders.outcomesOnceWritten(app, 1)).containsExactly("SKIPPED");
        app.awaitLog("reminder card shown", 2, Reminders.CYCLE);
    }
}
