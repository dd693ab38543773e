package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole loop from the reminder card: Start, the routine to its end, done, and the next reminder. */
@ExtendWith(DesktopExtension.class)
class ReminderRoutineIT {

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
    void startOnTheCardRunsTheRoutineToTheEndAndTheNextReminderFollows() {
        app.awaitLog("reminder card shown", 1, Reminders.CYCLE);
        DeskBreakProcess.Button start = app.awaitButton("card", "Start", 1);

        app.click(start);

        app.awaitLog("routine started", 1, Duration.ofSeconds(10));
        app.awaitLog("routine step 2/7", 1, Duration.ofSeconds(20));
        app.awaitLog("routine done", 1, Duration.ofSeconds(30));
        app.awaitLog("recorded COMPLETED", 1, Duration.ofSeconds(10));
        assertThat(Reminders.outcomesOnceWritten(app, 1)).as("history.csv holds the completed break").containsExactly("COMPLETED");
        Screens.save(desktop, "routine-done");
        app.awaitLog("reminder card shown", 2, Reminders.CYCLE);
    }
}
