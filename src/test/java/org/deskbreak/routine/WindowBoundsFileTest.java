package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

    private void assertIgnored(String content) throws IOException {
        Files.writeString(dir.resolve(WindowBoundsFile.FILE_NAME), content, StandardCharsets.UTF_8);
        assertThat(WindowBoundsFile.in(dir).read()).as(content).isEmpty();
    }
}
