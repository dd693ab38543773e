package org.deskbreak.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.deskbreak.dbus.SessionBus;

/**
 * The busy signals on the session bus. Each is asked only of the service that owns its name: a
 * desktop without that service is simply not busy by it.
 */
final class BusSignals {

    /** The idle bit of GNOME's InhibitedActions (logout 1, switch user 2, suspend 4, idle 8). */
    static final long GNOME_INHIBIT_IDLE = 8;

    private BusSignals() {
    }

    static List<BusySignal> all(SessionBus bus, Duration timeout) {
        return List.of(gnomeIdleInhibited(bus, timeout), kdeDoNotDisturb(bus, timeout), xfceDoNotDisturb(bus, timeout));
    }

    /** A video player or meeting app keeps GNOME from going idle (org.gnome.SessionManager InhibitedActions). */
    static BusySignal gnomeIdleInhibited(SessionBus bus, Duration timeout) {
        return signal("GNOME idle inhibitor", () -> bus.property("org.gnome.SessionManager", "/org/gnome/SessionManager",
                "org.gnome.SessionManager", "InhibitedActions", timeout)
                .filter(v -> v instanceof Long bits && (bits & GNOME_INHIBIT_IDLE) != 0)
                .map(v -> "an application keeps GNOME from going idle (a video or a meeting)"));
    }

    /** KDE Plasma's Do Not Disturb: org.freedesktop.Notifications' Inhibited property. */
    static BusySignal kdeDoNotDisturb(SessionBus bus, Duration timeout) {
        return signal("KDE Do Not Disturb", () -> bus.property("org.freedesktop.Notifications",
                "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "Inhibited", timeout)
                .filter(Boolean.TRUE::equals)
                .map(v -> "notifications are inhibited (Do Not Disturb)"));
    }

    /** Xfce's Do Not Disturb: xfconf channel xfce4-notifyd, /do-not-disturb. */
    static BusySignal xfceDoNotDisturb(SessionBus bus, Duration timeout) {
        return signal("Xfce Do Not Disturb", () -> bus.xfconf("xfce4-notifyd", "/do-not-disturb", timeout)
                .filter(Boolean.TRUE::equals)
                .map(v -> "Xfce's notifications are set to Do Not Disturb"));
    }

    private interface Question {
        Optional<String> ask() throws Exception;
    }

    private static BusySignal signal(String name, Question question) {
        return new BusySignal() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> busyBecause() throws Exception {
                return question.ask();
            }
        };
    }
}
