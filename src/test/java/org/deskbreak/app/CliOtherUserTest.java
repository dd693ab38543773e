package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.deskbreak.app.CliProcesses.RunningTestApp;
import org.deskbreak.platform.Os;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another user on the same machine cannot control your DeskBreak. Needs root to create a throwaway
 * user; elsewhere it is skipped and says why.
 */
class CliOtherUserTest {

    private static final String RAW_CLIENT = """
            import java.net.*; import java.nio.*; import java.nio.channels.*; import java.nio.charset.*;
            public class RawClient {
                public static void main(String[] a) {
                    try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                        c.connect(UnixDomainSocketAddress.of(a[0]));
                        c.write(ByteBuffer.wrap((a[1] + "\\n").getBytes(StandardCharsets.UTF_8)));
                        c.shutdownOutput();
                        ByteBuffer b = ByteBuffer.allocate(4096);
                        while (c.read(b) >= 0) { }
                        System.out.print("REPLY " + new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        System.out.println("NO-CONNECTION " + e.getMessage());
                    }
                }
            }
            """;

    @TempDir
    Path home;

    @TempDir
    Path clientDir;

    @Test
    void anotherUserIsTurnedAwayEvenWhenTheFolderIsOpenedUp() throws Exception {
        assumeTrue(Os.current().isLinux(), "SO_PEERCRED is checked on Linux");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            System.out.println("CliOtherUserTest skipped: creating a throwaway user needs root");
        }
        assumeTrue(root, "creating a throwaway user needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/useradd")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "useradd and runuser are needed");

        String user = "dbtest" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Path client = clientDir.resolve("RawClient.java");
        Files.writeString(client, RAW_CLIENT, StandardCharsets.UTF_8);
        openUp(clientDir);
        openUp(client);
        CliProcesses jvm = new CliProcesses(home);
        try (RunningTestApp app = jvm.startApp()) {
            Path socket = app.socket;
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                    .isEqualTo("rwx------");
            assertThat(run("/usr/sbin/useradd", "-M", "-r", "-s", "/usr/sbin/nologin", user)).isZero();
            try {
                // as installed: the private folder keeps the other user from even reaching the socket
                assertThat(asUser(user, client, socket, "DESKBREAK/1 quit")).startsWith("NO-CONNECTION");

                // opened up by hand: the kernel says who is calling and the app refuses
                for (Path p = socket.getParent(); p.startsWith(home) || p.equals(socket.getParent()); p = p.getParent()) {
                    openUp(p);
                }
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
                assertThat(asUser(user, client, socket, "DESKBREAK/1 quit")).startsWith("REPLY DESKBREAK/1 DENIED");
            } finally {
                run("/usr/sbin/userdel", user);
            }
            assertThat(app.process.isAlive()).as("the app ignored the other user's quit").isTrue();
            assertThat(app.printed()).doesNotContain("CALL quit");
            assertThat(jvm.deskbreak("status").exitCode()).as("its own user still controls it").isZero();
        }
    }

    private String asUser(String user, Path client, Path socket, String line) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of("/usr/sbin/runuser", "-u", user, "--",
                java.toString(), client.toString(), socket.toString(), line))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(CliProcesses.WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void openUp(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(CliProcesses.WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
