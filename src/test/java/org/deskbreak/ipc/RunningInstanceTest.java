package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the app holds the lock but its socket does not answer, the message says what is at the socket's path. */
class RunningInstanceTest {

    @TempDir
    Path temp;

    @Test
    void aFileWhereTheSocketShouldBeIsNamedAsNotASocket() throws IOException {
        Path socket = Files.writeString(temp.resolve("deskbreak.sock"), "");

        assertThat(RunningInstance.whatIsAt(socket)).isEqualTo(socket + ": is a file, not a socket");
    }

    @Test
    void aMissingSocketIsNamedAsMissing() throws IOException {
        Path socket = temp.resolve("deskbreak.sock");

        assertThat(RunningInstance.whatIsAt(socket)).isEqualTo(socket + ": no socket there");
    }
}
