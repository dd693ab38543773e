package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.deskbreak.core.ManualClock;
import org.deskbreak.platform.SpeechCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux speech path for real: espeak-ng, writing what it says to WAV files instead of a sound
 * card, so the test can check what was said and when. Skipped where espeak-ng is not installed,
 * unless DESKBREAK_E2E_REQUIRED is set (CI installs it).
 */
class ProcessSpeechTest {

    @TempDir
    Path dir;

    private static boolean haveEspeak() {
        return SpeechCommand.detect(org.deskbreak.platform.Os.of("Linux"), "espeak-ng"::equals).isPresent()
                && Files.isExecutable(Path.of("/usr/bin/espeak-ng"));
    }

    private SpeechCommand toFile(String name) {
        return new SpeechCommand("espeak-ng", List.of("espeak-ng", "-w", dir.resolve(name).toString(), "--"), false,
                List.of());
    }

    @Test
    void eachStepIsReadAloudWhenItStartsTitleThenInstruction() throws Exception {
        assumeTrue(haveEspeak() || System.getenv("DESKBREAK_E2E_REQUIRED") != null, "espeak-ng is not installed");
        ResourceBundle texts = ResourceBundle.getBundle("org.deskbreak.routine.routine", Locale.UK);
        Routine chair = RoutineLoader.fromResources().load("chair-tennis-ball").routine();
        ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "UTC");
        RoutineSession session = new RoutineSession(chair, clock, 1.0);
        List<String> said = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        // Each step's words go to their own file, named by the moment they were asked for.
        Speech perStep = new Speech() {
            @Override
            public void say(String text) {
                long second = Duration.between(ManualClock.at("2026-03-02T10:00:00", "UTC").instant(), clock.instant()).toSeconds();
                at.add(second);
                said.add(text);
                ProcessSpeech engine = new ProcessSpeech(toFile("at-" + second + ".wav"));
                engine.say(text);  // its worker ends by itself once idle
            }

            @Override
            public void stop() {
            }
        };
        Guide guide = new Guide(line -> { }, cue -> { }, perStep,
                step -> texts.getString(step.titleKey()) + ". " + texts.getString(step.textKey()));

        for (int s = 0; s <= 30; s++) {
            session.update();
            guide.observe(session);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(at).containsExactly(0L, 10L, 30L);
        assertThat(said.get(2)).startsWith("Hold the knot. ").contains("backrest");
        for (int i = 0; i < at.size(); i++) {
            Path wav = awaitFile(dir.resolve("at-" + at.get(i) + ".wav"));
            Path expected = dir.resolve("expected-" + i + ".wav");
            run("espeak-ng", "-w", expected.toString(), "--", said.get(i));
            // espeak-ng is deterministic: the same words give the same samples.
            assertThat(Files.readAllBytes(wav)).as("what was said at %d s", at.get(i)).isEqualTo(Files.readAllBytes(expected));
            assertThat(wavSeconds(wav)).as("a whole sentence, not a click").isGreaterThan(2.0);
        }
    }

    @Test
    void movingOnCutsOffWhatIsStillBeingSaid() throws Exception {
        // A stand-in engine that speaks for a long time: the shell's sleep.
        assumeTrue(Files.isExecutable(Path.of("/bin/sleep")));
        ProcessSpeech speech = new ProcessSpeech(new SpeechCommand("sleep", List.of("/bin/sleep"), false, List.of()));
        speech.say("30");
        Process first = awaitSpeaking(speech);

        speech.say("31");
        Process second = awaitOther(speech, first);

        assertThat(first.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).as("the first was cut off").isTrue();
        assertThat(second.isAlive()).isTrue();
        speech.stop();
        assertThat(second.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).as("stop silences it").isTrue();
        speech.release();
    }

    @Test
    void anEngineReadingStandardInputGetsTheTextThere() throws Exception {
        // As the Windows speech command does; here a shell copies its input to a file.
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Path heard = dir.resolve("heard.txt");
        ProcessSpeech speech = new ProcessSpeech(new SpeechCommand("stdin", List.of("/bin/sh", "-c", "cat > " + heard),
                true, List.of()));

        speech.say("Hold the knot. It may feel intense: breathe \"slowly\".");

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(heard) && Files.readString(heard).endsWith(".")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(heard)).isEqualTo("Hold the knot. It may feel intense: breathe \"slowly\".");
        speech.release();
    }

    @Test
    void sayingReturnsAtOnceEvenWhenTheEngineIsMissing() {
        ProcessSpeech speech = new ProcessSpeech(new SpeechCommand("none", List.of(dir.resolve("no-such-engine").toString()),
                false, List.of()));
        long start = System.nanoTime();
        speech.say("Hold the knot");
        speech.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        speech.release();
    }

    private static Process awaitSpeaking(ProcessSpeech speech) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (speech.speaking().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return speech.speaking().orElseThrow();
    }

    private static Process awaitOther(ProcessSpeech speech, Process first) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (speech.speaking().map(p -> p == first).orElse(true) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return speech.speaking().orElseThrow();
    }

    private static Path awaitFile(Path wav) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long size = -1;
        while (System.nanoTime() < deadline) {
            long now = Files.exists(wav) ? Files.size(wav) : -1;
            if (now > 44 && now == size) {
                return wav;
            }
            size = now;
            Thread.sleep(100);
        }
        throw new AssertionError("espeak-ng wrote no " + wav);
    }

    private static void run(String... argv) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder(argv).redirectErrorStream(true).start().waitFor()).isZero();
    }

    /** Length of a 16-bit mono WAV from its header's rate and its data size. */
    private static double wavSeconds(Path wav) throws IOException {
        byte[] b = Files.readAllBytes(wav);
        int rate = (b[24] & 0xFF) | (b[25] & 0xFF) << 8 | (b[26] & 0xFF) << 16;
        return (b.length - 44) / 2.0 / rate;
    }
}
