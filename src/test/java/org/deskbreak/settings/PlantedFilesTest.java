package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Whatever sits at a path the store opens, it never blocks, never writes through a planted link. */
@Timeout(30)
@EnabledOnOs({OS.LINUX, OS.MAC})
class PlantedFilesTest {

    private static final Duration NO_BLOCKING = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final List<Path> fifos = new ArrayList<>();

    private Path file() {
        return dir.resolve("deskbreak.ini");
    }

    private Path fifo(Path where) throws Exception {
        Process p = new ProcessBuilder("mkfifo", where.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        fifos.add(where);
        return where;
    }

    /** A writer or reader stuck on one of our pipes is released, so no thread outlives the test. */
    @AfterEach
    void releasePipes() {
        for (Path f : fifos) {
            Thread t = new Thread(() -> {
                try (InputStream in = Files.newInputStream(f)) {
                    in.readAllBytes();
                } catch (IOException ignored) {
                    // gone already
                }
            });
            t.setDaemon(true);
            t.start();
        }
    }

    // ---- the temporary file

    @Test
    void aPipePlantedAsTheTemporaryFileDoesNotBlockASave() throws Exception {
        fifo(dir.resolve("deskbreak.ini.tmp"));
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertTimeoutPreemptively(NO_BLOCKING, () -> store.save(Fixtures.distinctive()));

        assertThat(new IniSettingsStore(file(), Fixtures.CLOCK).load()).isEqualTo(Fixtures.distinctive());
    }

    @Test
    void aLinkPlantedAsTheTemporaryFileLeavesItsTargetAlone() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(dir.resolve("deskbreak.ini.tmp"), victim);
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        store.save(Fixtures.distinctive());

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(file())).as("the settings file is our own new file").isFalse();
        assertThat(new IniSettingsStore(file(), Fixtures.CLOCK).load()).isEqualTo(Fixtures.distinctive());
    }

    @Test
    void aSaveLeavesNoTemporaryFileBehind() throws Exception {
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);
        store.save(Fixtures.distinctive());
        store.save(Fixtures.other());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("deskbreak.ini");
        }
    }

    // ---- the folder

    @Test
    void aConfigFolderOpenToOthersIsMadePrivate() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("config"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        IniSettingsStore store = new IniSettingsStore(folder.resolve("deskbreak.ini"), Fixtures.CLOCK);

        store.save(Fixtures.distinctive());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    // ---- the settings file itself

    @Test
    void aPipeAsTheSettingsFileIsRefusedKeptAsideAndDefaultsUsed() throws Exception {
        fifo(file());
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        Settings loaded = assertTimeoutPreemptively(NO_BLOCKING, store::load);

        assertThat(loaded).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).hasValueSatisfying(p -> {
            assertThat(p.reason()).contains("not a regular file");
            assertThat(p.keptCopy()).isPresent();
        });
        assertThat(Files.isRegularFile(file(), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aLinkToADeviceIsRefusedWithoutReadingIt() throws Exception {
        Files.createSymbolicLink(file(), Path.of("/dev/zero"));
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(assertTimeoutPreemptively(NO_BLOCKING, store::load)).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).hasValueSatisfying(p -> assertThat(p.reason()).contains("not a regular file"));
    }

    @Test
    void theUsersOwnLinkIntoTheirDotfilesStaysALinkAndItsTargetIsSaved() throws Exception {
        Path dotfiles = Files.createDirectory(dir.resolve("dotfiles"));
        Path real = Files.writeString(dotfiles.resolve("deskbreak.ini"), "# mine\n[reminders]\ninterval_minutes = 25\n");
        Path config = Files.createDirectory(dir.resolve("config"));
        Path link = Files.createSymbolicLink(config.resolve("deskbreak.ini"), real);
        IniSettingsStore store = new IniSettingsStore(link, Fixtures.CLOCK);

        assertThat(store.load().interval()).hasMinutes(25);
        store.save(Fixtures.distinctive());

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("# mine", "interval_minutes = 37");
        try (Stream<Path> files = Files.list(dotfiles)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("deskbreak.ini");
        }
    }

    // ---- a disk that refuses the write

    @Test
    void aFullDiskLeavesTheOldFileWholeAndSaysWhyInWords() throws Exception {
        IniSettingsStore first = new IniSettingsStore(file(), Fixtures.CLOCK);
        first.save(Fixtures.distinctive());
        byte[] before = Files.readAllBytes(file());
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK, new AtomicFile((channel, bytes) -> {
            channel.write(bytes.slice().limit(Math.min(10, bytes.remaining())));
            throw new IOException("No space left on device");
        }));
        store.load();

        assertThatThrownBy(() -> store.save(Fixtures.other()))
                .isInstanceOf(SettingsNotSaved.class)
                .hasMessage("Could not save deskbreak.ini: no space left on device");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("deskbreak.ini");
        }
    }

    @Test
    void aFolderThatRefusesWritesSaysSo() throws Exception {
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK, new AtomicFile((channel, bytes) -> {
            throw new java.nio.file.AccessDeniedException(dir.toString());
        }));
        store.load();

        assertThatThrownBy(() -> store.save(Fixtures.other()))
                .isInstanceOf(SettingsNotSaved.class)
                .hasMessageStartingWith("Could not save deskbreak.ini: ")
                .hasMessageContaining("not allowed to write");
    }
}
