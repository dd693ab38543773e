package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.deskbreak.core.IdleSource;
import org.deskbreak.platform.DesktopIdle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Time away from keyboard and mouse, read from a real X server and acted on by the real app. */
@ExtendWith(DesktopExtension.class)
class IdleIT {

    @Test
    void theXServerCountsTimeSinceTheLastInputAndInputResetsIt(Desktop desktop) {
        IdleSource idle = DesktopIdle.detect(Map.of("DISPLAY", desktop.display()));
        assertThat(idle).isNotSameAs(IdleSource.NONE);

        desktop.xdotool("mousemove", "300", "300");
        Duration justMoved = idle.idleTime().orElseThrow();
        Duration later = Poll.until(Duration.ofSeconds(10), "idle time to pass 1.5 s",
                () -> idle.idleTime().filter(d -> d.toMillis() >= 1500));
        desktop.xdotool("mousemove", "320", "310");
        Duration afterInput = idle.idleTime().orElseThrow();

        assertThat(justMoved).isLessThan(Duration.ofMillis(1500));
        assertThat(later).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(afterInput).as("a pointer move starts the count again").isLessThan(later);
    }

    @Test
    void timeAwayFromTheDeskCountsAsABreak(Desktop desktop, Path dir) throws Exception {
        // The planner looks at idle time when it wakes, at least once a minute. The last input is
        // before the app starts, so at its first wake-up the user has been away a whole minute:
        // the shortest idle reset, and a natural break.
        desktop.xdotool("mousemove", "200", "200");
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("away"))
                .writeSettings("[reminders]\ninterval_minutes = 30\nidle_reset_minutes = 1\n").start()) {
            app.awaitLog("Idle time: read from the X server", 1, Duration.ofSeconds(20));
            Path history = app.home().resolve("data").resolve("history.csv");

            Poll.until(Duration.ofSeconds(150), "a natural break in history.csv",
                    () -> DeskBreakProcess.read(history).contains("NATURAL"));

            assertThat(app.cli("status", "--json")).contains("\"natural\":1");
        }
    }
}
