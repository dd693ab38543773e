package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each routine run to its end in the real app, twenty times faster than real time: the window
 * shows the chosen routine, its seven steps come in order, each with its cues scheduled (the
 * switch cue, breathing in the holds, three ticks at each end), and history records a completed break.
 */
@ExtendWith(DesktopExtension.class)
class RoutinesIT {

    static final List<String> STEPS = List.of("setup-left", "roll-left", "hold-left", "switch", "roll-right",
            "hold-right", "ease-off");

    /**
     * Four times real speed, 30 s a routine: fast, yet every step lasts at least 2.5 s, so a machine
     * busy with the other desktop tests cannot make a step go by between two frames unlogged.
     */
    private static final String SCALE = "-Ddeskbreak.timeScale=0.25";

    @ParameterizedTest
    @CsvSource({
        "wall-tennis-ball, Wall lean with a tennis ball",
        "chair-tennis-ball, Chair lean with a tennis ball",
        "floor-tennis-ball, Floor release with a tennis ball"})
    void theChosenRoutineRunsItsStepsWithTheirCuesAndCountsAsCompleted(String id, String title, Desktop desktop,
                                                                        Path dir) throws Exception {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve(id)).writeSettings("""
                [reminders]
                interval_minutes = 60
                notice_seconds = 0
                [routine]
                routine = %s
                """.formatted(id)).jvmOption(SCALE).start()) {
            app.awaitDocked();

            assertThat(app.cli("now")).contains("Starting the routine.");
            Poll.until(Duration.ofSeconds(20), "the " + id + " window", () -> desktop.window(title));
            app.awaitLog("routine done", 1, Duration.ofSeconds(90));

            String log = app.log();
            int at = -1;
            for (int i = 0; i < STEPS.size(); i++) {
                int next = log.indexOf("routine step " + (i + 1) + "/7 " + STEPS.get(i), at + 1);
                assertThat(next).as("step %d, %s, after the one before", i + 1, STEPS.get(i)).isGreaterThan(at);
                at = next;
            }
            assertThat(log).contains("routine cues setup-left [START@0.0, TICK@", "routine cues switch [SWITCH@0.0",
                    "routine cues roll-left [STEP@0.0");
            assertThat(cues(log, "hold-left")).contains("BREATHE_IN@0.0", "BREATHE_OUT@4.0", "BREATHE_IN@10.0");
            assertThat(cues(log, "ease-off").split("TICK@", -1)).hasSize(4);
            app.awaitLog("recorded COMPLETED", 1, Duration.ofSeconds(10));
            String history = Poll.until(Duration.ofSeconds(10), "the history entry",
                    () -> read(app.home().resolve("data").resolve("history.csv")).filter(h -> h.contains("COMPLETED,")));
            assertThat(history).doesNotContain("PARTIAL,");
        }
    }

    private static String cues(String log, String step) {
        int from = log.indexOf("routine cues " + step + " [");
        return log.substring(from, log.indexOf(']', from) + 1);
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? java.util.Optional.of(Files.readString(file)) : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }
}
