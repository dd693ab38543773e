package org.deskbreak.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session bus of our own: {@code dbus-daemon} listening on a socket file ({@code unix:path=})
 * or on an abstract socket ({@code unix:abstract=}, what dbus-launch hands out), with the
 * standard service folders so hosts can start their helpers (xfce4-panel starts xfconfd).
 */
public final class PrivateBus implements AutoCloseable {

    /** The two kinds of address a session bus has on Linux. */
    public enum Kind { PATH, ABSTRACT }

    private final String address;
    private final Process daemon;

    private PrivateBus(String address, Process daemon) {
        this.address = address;
        this.daemon = daemon;
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
        // Not --fork: the daemon stays our child, tethered, so a test JVM that dies takes it along.
        ProcessBuilder pb = Tethered.builder(List.of("dbus-daemon", "--config-file=" + config,
                "--print-address=1", "--nofork"));
        pb.environment().putAll(env);
        pb.redirectError(dir.resolve("dbus-daemon.err").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            Tethered.stop(p);
            throw new IOException("dbus-daemon did not start: " + Files.readString(dir.resolve("dbus-daemon.err")));
        }
        return new PrivateBus(address.strip(), p);
    }

    /** What DBUS_SESSION_BUS_ADDRESS says for this bus. */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        Tethered.stop(daemon);
    }
}
