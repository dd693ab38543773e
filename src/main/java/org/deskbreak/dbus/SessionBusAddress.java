package org.deskbreak.dbus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the session bus is, as libdbus and GDBus find it: {@code DBUS_SESSION_BUS_ADDRESS}, else
 * the systemd user bus at {@code $XDG_RUNTIME_DIR/bus}. No bus is ever started for us
 * (dbus-launch's X11 autolaunch would leave a daemon behind).
 */
public final class SessionBusAddress {

    private SessionBusAddress() {
    }

    static Optional<String> from(Map<String, String> env, java.util.function.Predicate<Path> isSocket) {
        String given = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (given != null && !given.isBlank()) {
            return Optional.of(given.strip());
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            Path bus = Path.of(runtime, "bus");
            if (isSocket.test(bus)) {
                return Optional.of("unix:path=" + bus);
            }
        }
        return Optional.empty();
    }

    public static Optional<String> from(Map<String, String> env) {
        return from(env, p -> Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p));
    }

    /** The kind of address, for the log: {@code unix:abstract}, {@code unix:path}, … */
    public static String kind(String address) {
        int comma = address.indexOf(',');
        String first = comma < 0 ? address : address.substring(0, comma);
        int eq = first.indexOf('=');
        return eq < 0 ? first : first.substring(0, eq);
    }
}
