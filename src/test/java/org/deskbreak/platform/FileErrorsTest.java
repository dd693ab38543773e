package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file error names the path and what is wrong with it, never the path alone. */
class FileErrorsTest {

    @TempDir
    Path temp;

    @Test
    void typedErrorsThatCarryOnlyAPathGetTheirReason() {
        assertThat(FileErrors.describe(new NoSuchFileException("/a/b"))).isEqualTo("/a/b: no such file or folder");
        assertThat(FileErrors.describe(new AccessDeniedException("/a/b"))).isEqualTo("/a/b: permission denied");
        assertThat(FileErrors.describe(new DirectoryNotEmptyException("/a/b"))).isEqualTo("/a/b: is a folder that is not empty");
    }

    @Test
    void theSystemsOwnReasonIsKept() {
        assertThat(FileErrors.describe(new FileSystemException("/a/b", null, "Not a directory")))
                .isEqualTo("/a/b: not a directory");
    }

    @Test
    void whatIsInTheWayIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("f"), "x");

        assertThat(FileErrors.describe(new java.nio.file.FileAlreadyExistsException(file.toString())))
                .isEqualTo(file + ": already exists and is a file");
    }

    @Test
    void otherErrorsKeepTheirMessage() {
        assertThat(FileErrors.describe(new IOException("DeskBreak did not answer in time")))
                .isEqualTo("DeskBreak did not answer in time");
        assertThat(FileErrors.describe(new IOException())).isEqualTo("IOException");
    }
}
