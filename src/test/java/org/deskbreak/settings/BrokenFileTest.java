package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is in the file, the app starts on defaults, keeps the bad file beside, and says so once. */
@Timeout(20)
class BrokenFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("deskbreak.ini");
    }

    private Path keptCopy() {
        return dir.resolve("deskbreak.ini.broken-20260304-050607");
    }

    /** Loads, then checks the common outcome: defaults, bad bytes kept intact beside, fresh file, one message. */
    private void assertSetAside(byte[] original) throws IOException {
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());

        assertThat(store.lastProblem()).isPresent();
        assertThat(store.lastProblem().get().keptCopy()).contains(keptCopy());
        assertThat(store.lastProblem().get().message()).contains("deskbreak.ini.broken-20260304-050607");
        assertThat(Files.readAllBytes(keptCopy())).isEqualTo(original);
        assertThat(Files.readString(file())).contains("interval_minutes = 45");
        IniSettingsStore again = new IniSettingsStore(file(), Fixtures.CLOCK);
        assertThat(again.load()).isEqualTo(Settings.defaults());
        assertThat(again.lastProblem()).as("told only once").isEmpty();
    }

    private void brokenWith(byte[] content) throws IOException {
        Files.write(file(), content);
        assertSetAside(content);
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        brokenWith(junk);
    }

    @Test
    void nulBytesInsideOtherwiseFineText() throws IOException {
        brokenWith("[reminders]\ninterval_minutes = 4\u00005\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keyBeforeAnySection() throws IOException {
        brokenWith("interval_minutes = 30\n[reminders]\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unclosedSectionHeader() throws IOException {
        brokenWith("[reminders\ninterval_minutes = 30\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8() throws IOException {
        brokenWith(new byte[] {'[', 'a', ']', '\n', 'k', '=', (byte) 0xC3, (byte) 0x28, '\n'});
    }

    @Test
    void deeplyNestedLookingContentIsParsedFlatWithoutRecursion() throws IOException {
        // Tree mode is off, so "a/a/a" is just a long section name: ini4j reads it line by line.
        String nested = "[" + "a/".repeat(20_000) + "]\n" + "k=" + "[".repeat(100_000) + "\n"
                + "[" + "[".repeat(50_000) + "]]\n";
        Files.writeString(file(), nested);
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        store.save(Fixtures.distinctive());
        assertThat(new IniSettingsStore(file(), Fixtures.CLOCK).load()).isEqualTo(Fixtures.distinctive());
    }

    @Test
    void enormousSingleLine() throws IOException {
        byte[] line = new byte[1 << 20];
        Arrays.fill(line, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file())) {
            out.write("[reminders]\ninterval_minutes = ".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(line);
            }
        }
        long size = Files.size(file());
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).isPresent();
        assertThat(Files.size(keptCopy())).isEqualTo(size);
    }

    @Test
    void aFolderWhereTheFileShouldBe() throws IOException {
        Files.createDirectories(file().resolve("inside"));
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).isPresent();
        assertThat(keptCopy().resolve("inside")).isDirectory();
        assertThat(file()).isRegularFile();
    }

    @Test
    void unreadableFile() throws IOException {
        byte[] content = "[reminders]\ninterval_minutes = 30\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), content);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file()), "the superuser can read any file");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).isPresent();
        assertThat(keptCopy()).exists();
    }

    @Test
    void anEarlierBrokenCopyIsNeverOverwritten() throws IOException {
        Files.writeString(keptCopy(), "older");
        Files.writeString(file(), "[x");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        store.load();

        assertThat(Files.readString(keptCopy())).isEqualTo("older");
        assertThat(Files.readString(dir.resolve(keptCopy().getFileName() + "-1"))).isEqualTo("[x");
    }

    // ---- what ini4j accepts and DeskBreak keeps as a usable file

    @Test
    void aKeyWithoutEqualsIsOnlyABadKeyNotABrokenFile() throws IOException {
        Files.writeString(file(), "[reminders]\ninterval_minutes\nsnooze_minutes = 12\n");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load().snoozeLength()).hasMinutes(12);
        assertThat(store.lastProblem()).isEmpty();
        assertThat(store.lastBadKeys()).containsExactly("reminders.interval_minutes");
    }

    @Test
    void anEmptyFileIsUsableAndMeansDefaults() throws IOException {
        Files.writeString(file(), "");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).isEmpty();
    }
}
