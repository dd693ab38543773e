package org.deskbreak.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A session bus of our own: {@code dbus-daemon} listening on a socket file ({@code unix:path=})
 * or on an abstract socket ({@code unix:abstract=}, what dbus-launch hands out), with the
 * standard service folders so hosts can start their helpers (xfce4-panel starts xfconfd).
 */
public final class PrivateBus implements AutoCloseable {

    /** The two kinds of address a session bus has on Linux. */
    public enum Kind { PATH, ABSTRACT }

    private final String address;
    private final long pid;

    private PrivateBus(String address, long pid) {
        this.address = address;
        this.pid = pid;
    }

    /** Whether dbus-daemon is on the PATH. */
    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "dbus-daemon"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a bus whose socket lives in (or is named after) {@code dir}. {@code env} is the
     * environment of the daemon and so of the services it starts (HOME for their settings).
     */
    public static PrivateBus start(Kind kind, Path dir, Map<String, String> env) throws IOException {
        Files.createDirectories(dir);
        String listen = kind == Kind.PATH
                ? "unix:path=" + dir.resolve("bus-" + UUID.randomUUID().toString().substring(0, 8))
                : "unix:abstract=/tmp/deskbreak-test-" + UUID.randomUUID();
        Path config = dir.resolve("bus-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>%s</listen>
                  <auth>EXTERNAL</auth>
                  <standard_session_servicedirs/>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(listen), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(List.of("dbus-daemon", "--config-file=" + config,
                "--print-address=1", "--print-pid=1", "--fork"));
        pb.environment().putAll(env);
        pb.redirectError(dir.resolve("dbus-daemon.err").toFile());
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.size() < 2) {
                throw new IOException("dbus-daemon did not start: " + out + " "
                        + Files.readString(dir.resolve("dbus-daemon.err")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new PrivateBus(out.get(0).strip(), Long.parseLong(out.get(1).strip()));
    }

    /** What DBUS_SESSION_BUS_ADDRESS says for this bus. */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy();
            h.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> {
                h.destroyForcibly();
                return h;
            }).join();
        });
    }
}
