package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.LineUnavailableException;
import javax.swing.SwingUtilities;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.platform.SpeechCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * An always-on app opens the routine window many times a day: once a window has closed, the
 * threads it started for its cues and its voice are gone, so the app runs as many threads as
 * before. The real window on a real display; a sound system without a card and a speech program
 * that says nothing stand in for the desk's.
 */
@DisabledIf("org.deskbreak.routine.RoutineWindowIT#headless")
class RoutineWindowThreadsIT {

    /** Well under the five seconds an idle worker waits for more before it ends by itself. */
    private static final long GONE_WITHIN_MS = 2_000;

    @TempDir
    Path stateDir;

    private final ManualClock clock = ManualClock.at("2026-03-02T15:08:00", "UTC");

    @Test
    void closingTheWindowEndsTheThreadsOfItsCuesAndItsVoice() throws Exception {
        Planner planner = new Planner(clock, Settings.defaults().withSound(true).withVolume(60).withSpeak(true),
                () -> Optional.of(Duration.ZERO));
        planner.start();
        planner.startRoutine();
        CuePlayer cues = new CuePlayer(() -> true, () -> 60, format -> {
            throw new LineUnavailableException("no sound card at this desk");
        });
        Speech voice = new ProcessSpeech(new SpeechCommand("true", List.of("true"), false, List.of()));
        Guidance guidance = new Guidance(cues, voice, () -> true, false, () -> { }, on -> { });
        AtomicReference<RoutineWindow> window = new AtomicReference<>();

        SwingUtilities.invokeAndWait(() -> {
            window.set(new RoutineWindow(planner, new RoutineSession(BuiltInRoutine.create(), clock, 1.0),
                    WindowBoundsFile.in(stateDir), List.of(), guidance, clock.getZone(), Locale.UK, () -> { }));
            window.get().open();
        });
        List<Thread> started = threadsNamed("deskbreak-cues", "deskbreak-speech");
        assertThat(started).extracting(Thread::getName)
                .as("the first step's chime and words are on their way")
                .contains("deskbreak-cues", "deskbreak-speech");

        SwingUtilities.invokeAndWait(() -> window.get().close());

        for (Thread t : started) {
            t.join(GONE_WITHIN_MS);
        }
        assertThat(started).filteredOn(Thread::isAlive).extracting(Thread::getName)
                .as("threads left running by the closed window").isEmpty();
    }

    private static List<Thread> threadsNamed(String... names) {
        List<String> wanted = List.of(names);
        return Thread.getAllStackTraces().keySet().stream().filter(t -> wanted.contains(t.getName())).toList();
    }
}
