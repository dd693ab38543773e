package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeFolderTest {

    @TempDir
    Path temp;

    @Test
    void isCreatedPrivateToTheUser() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("a/run"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.dir()))).isEqualTo("rwx------");
        assertThat(folder.socket()).isEqualTo(folder.dir().resolve("deskbreak.sock"));
        assertThat(folder.lockFile().getParent()).isEqualTo(folder.dir());
        assertThat(folder.owner()).isPresent();
    }

    @Test
    void anExistingFolderOpenToOthersIsClosedAgain() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("run"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

        RuntimeFolder.prepare(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aSymbolicLinkIsNotTrusted() throws IOException {
        Path target = Files.createDirectory(temp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(temp.resolve("run"), target);

        assertThatThrownBy(() -> RuntimeFolder.prepare(link)).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
    }

    @Test
    void aFolderTooDeepForASocketGetsAShortPrivateOne() throws IOException {
        Path deep = temp.resolve("x".repeat(60)).resolve("y".repeat(60)).resolve("run");

        RuntimeFolder folder = RuntimeFolder.prepare(deep);
        RuntimeFolder same = RuntimeFolder.prepare(deep);
        RuntimeFolder other = RuntimeFolder.prepare(temp.resolve("z".repeat(60)).resolve("y".repeat(60)).resolve("run"));

        assertThat(folder.lockFile().getParent()).isEqualTo(deep);
        assertThat(folder.socket().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100);
        assertThat(folder.socket().getParent()).isEqualTo(Path.of("/tmp/deskbreak-" + RuntimeFolder.ownUid()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.socket().getParent())))
                .isEqualTo("rwx------");
        assertThat(same.socket()).as("both sides of the socket agree on it").isEqualTo(folder.socket());
        assertThat(other.socket()).as("another DESKBREAK_HOME gets its own socket").isNotEqualTo(folder.socket());
    }

    @Test
    void theLockIsHeldUntilReleased() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));

        Optional<InstanceLock> first = InstanceLock.tryAcquire(folder.lockFile());
        assertThat(first).isPresent();
        assertThat(InstanceLock.tryAcquire(folder.lockFile())).isEmpty();
        assertThat(InstanceLock.isHeld(folder.lockFile())).isTrue();

        first.get().close();
        assertThat(InstanceLock.isHeld(folder.lockFile())).isFalse();
    }
}
