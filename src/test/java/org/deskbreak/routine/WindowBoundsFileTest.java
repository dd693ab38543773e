package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WindowBoundsFileTest {

    @TempDir
    Path dir;

    @Test
    void boundsWrittenOnCloseAreReadOnTheNextOpening() {
        WindowBoundsFile.in(dir).write(new Rectangle(-1200, 37, 512, 690));

        assertThat(WindowBoundsFile.in(dir).read()).contains(new Rectangle(-1200, 37, 512, 690));
    }

    @Test
    void aNewWriteReplacesTheOldOneAndLeavesNoTemporaryFile() throws IOException {
        WindowBoundsFile file = WindowBoundsFile.in(dir);
        file.write(new Rectangle(1, 2, 430, 570));
        file.write(new Rectangle(3, 4, 440, 580));

        assertThat(file.read()).contains(new Rectangle(3, 4, 440, 580));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("routine-window.properties");
        }
    }

    @Test
    void theStateFolderIsCreatedWhenMissing() {
        Path nested = dir.resolve("state").resolve("deskbreak");
        WindowBoundsFile.in(nested).write(new Rectangle(5, 6, 450, 600));

        assertThat(WindowBoundsFile.in(nested).read()).contains(new Rectangle(5, 6, 450, 600));
    }

    @Test
    void noFileMeansNoSavedPlace() {
        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    void garbledFilesAreIgnored() throws IOException {
        assertIgnored("x=10\ny=20\nwidth=wide\nheight=600\n");
        assertIgnored("x=10\ny=20\nheight=600\n");
        assertIgnored("x=10\ny=20\nwidth=0\nheight=600\n");
        assertIgnored("x=10\ny=20\nwidth=-500\nheight=600\n");
        assertIgnored("x=99999999999\ny=20\nwidth=500\nheight=600\n");
        assertIgnored("x=10\ny=20\nwidth=500\nheight=600\n" + "#".repeat(10_000));
        assertIgnored("\u0000\u0001\\u12zz");
        Files.write(dir.resolve(WindowBoundsFile.FILE_NAME), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    void aFolderInTheWayOfTheFileIsNeitherReadNorFatal() throws IOException {
        Files.createDirectory(dir.resolve(WindowBoundsFile.FILE_NAME));

        WindowBoundsFile.in(dir).write(new Rectangle(1, 2, 450, 600));

        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    void anUnwritableStateFolderIsNotFatal() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        WindowBoundsFile.in(notAFolder).write(new Rectangle(1, 2, 450, 600));

        assertThat(WindowBoundsFile.in(notAFolder).read()).isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    // ---- whatever else sits where the file should be ------------------------------------

    @Test
    void anEnormousFileIsNotReadAtAll() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve(WindowBoundsFile.FILE_NAME).toFile(), "rw")) {
            huge.setLength(3L << 30);   // sparse: three gigabytes that take no room on disk
        }

        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    void aLinkPlantedAsTheFileIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        WindowBoundsFile.in(elsewhere).write(new Rectangle(7, 8, 460, 610));
        Files.createSymbolicLink(dir.resolve(WindowBoundsFile.FILE_NAME),
                elsewhere.resolve(WindowBoundsFile.FILE_NAME));

        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoInPlaceOfTheFileIsNotOpened() throws Exception {
        Path fifo = dir.resolve(WindowBoundsFile.FILE_NAME);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsIgnored() throws IOException {
        Files.write(dir.resolve(WindowBoundsFile.FILE_NAME),
                "x=10\ny=20\nwidth=500\nheight=600\n#caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(WindowBoundsFile.in(dir).read()).isEmpty();
    }

    private void assertIgnored(String content) throws IOException {
        Files.writeString(dir.resolve(WindowBoundsFile.FILE_NAME), content, StandardCharsets.UTF_8);
        assertThat(WindowBoundsFile.in(dir).read()).as(content).isEmpty();
    }
}
