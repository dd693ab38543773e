package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while saving leaves the old settings or the new ones, never a broken file. */
class CrashTest {

    private static final int KILLS = 30;

    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void killedMidSaveLeavesOneOfTheTwoSettings() throws Exception {
        Path file = dir.resolve("deskbreak.ini");
        Random random = new Random(7);
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startSaveLoop(file);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("child started").isEqualTo("ready");
                // Waiting on a real process here, not on our own logic: let it save for a random while.
                Thread.sleep(random.nextInt(60));
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            IniSettingsStore reader = new IniSettingsStore(file, Fixtures.CLOCK);
            assertThat(reader.load()).as("after kill " + kill).isIn(Fixtures.distinctive(), Fixtures.other());
            assertThat(reader.lastProblem()).isEmpty();
            assertThat(reader.lastBadKeys()).isEmpty();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).contains("deskbreak.ini").hasSizeLessThanOrEqualTo(2)
                        .allMatch(n -> n.equals("deskbreak.ini") || n.startsWith(AtomicFile.tempPrefix(file)));
            }
        }
    }

    private static Process startSaveLoop(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
