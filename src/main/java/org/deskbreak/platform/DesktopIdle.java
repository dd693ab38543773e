package org.deskbreak.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deskbreak.core.IdleSource;
import org.deskbreak.dbus.BusQueryFailed;
import org.deskbreak.dbus.MutterIdleMonitor;
import org.deskbreak.dbus.SessionBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out how this desktop tells how long the user has been away: Windows ({@link WindowsIdle})
 * and macOS ({@link MacIdle}) always can, an X11 session can when the X server has the
 * screen-saver extension. Elsewhere (Wayland) the planner relies on the clock alone and the
 * idle-reset setting has no effect; the log says why.
 */
public final class DesktopIdle {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopIdle.class);

    private DesktopIdle() {
    }

    /** How each system's source is opened; the real ones load native libraries. */
    interface Openers {
        IdleSource windows() throws IdleUnavailable;

        IdleSource mac() throws IdleUnavailable;

        IdleSource x11(String display) throws IdleUnavailable;
    }

    static final Openers NATIVE = new Openers() {
        @Override
        public IdleSource windows() throws IdleUnavailable {
            return WindowsIdle.open();
        }

        @Override
        public IdleSource mac() throws IdleUnavailable {
            return MacIdle.open();
        }

        @Override
        public IdleSource x11(String display) throws IdleUnavailable {
            return X11Idle.open(display);
        }
    };

    /**
     * The idle source in use and why that one, in words: logged once, shown by {@code deskbreak status}.
     *
     * @param kind {@code windows}, {@code mac}, {@code mutter}, {@code x11} or {@code none}
     */
    public record Found(IdleSource source, String kind, String description) {
    }

    /** The idle source for the session described by {@code env} (usually the process environment). */
    public static IdleSource detect(Map<String, String> env) {
        return detect(env, Optional.empty()).source();
    }

    /**
     * The idle source for the session described by {@code env}: the system's own on Windows and
     * macOS, GNOME's compositor where it is on the session bus (Wayland and X11), else the X server
     * on X11. Asks the bus with a short timeout; call it off the event thread.
     */
    public static Found detect(Map<String, String> env, Optional<SessionBus> bus) {
        return detect(env, bus, Os.current(), NATIVE);
    }

    static IdleSource detect(Map<String, String> env, Os os, Openers openers) {
        return detect(env, Optional.empty(), os, openers).source();
    }

    static Found detect(Map<String, String> env, Optional<SessionBus> bus, Os os, Openers openers) {
        String display = env.get("DISPLAY");
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(Locale.ROOT);
        boolean wayland = "wayland".equalsIgnoreCase(env.get("XDG_SESSION_TYPE"));
        String why;
        if (os.isWindows() || os.isMac()) {
            try {
                IdleSource source = os.isWindows() ? openers.windows() : openers.mac();
                return found(source, os.isWindows() ? "windows" : "mac",
                        "read from " + (os.isWindows() ? "GetLastInputInfo" : "CGEventSource"));
            } catch (IdleUnavailable e) {
                why = e.getMessage();
            }
        } else if (desktop.contains("GNOME") && bus.isPresent() && hasMutter(bus.get())) {
            return found(new MutterIdle(bus.get()), "mutter", "read from GNOME's idle monitor (org.gnome.Mutter.IdleMonitor)"
                    + " on the session bus");
        } else if (wayland && desktop.contains("KDE")) {
            // Plasma on Wayland answers org.freedesktop.ScreenSaver.GetSessionIdleTime with 0 whatever
            // the user does; believing it would make every moment look busy with typing.
            why = "KDE Plasma on Wayland does not tell it (org.freedesktop.ScreenSaver answers 0, which DeskBreak"
                    + " does not trust)";
        } else if (wayland) {
            // XWayland only sees input sent to X programs, so its idle time would be wrong.
            why = "a Wayland session does not share it with other programs";
        } else if (display == null || display.isBlank()) {
            why = "there is no X display (DISPLAY is not set)";
        } else {
            try {
                return found(openers.x11(display), "x11", "read from the X server on " + display);
            } catch (IdleUnavailable e) {
                why = e.getMessage();
            }
        }
        String description = "not available, so time away from the keyboard does not count as a break and"
                + " reminders do not wait for a pause in typing (" + why + ")";
        LOG.info("Idle time: {}", description);
        return new Found(IdleSource.NONE, "none", description);
    }

    private static Found found(IdleSource source, String kind, String description) {
        LOG.info("Idle time: {}", description);
        return new Found(source, kind, description);
    }

    private static boolean hasMutter(SessionBus bus) {
        try {
            return bus.hasOwner(MutterIdleMonitor.BUS_NAME, MutterIdle.TIMEOUT);
        } catch (BusQueryFailed e) {
            LOG.info("Idle time: could not ask the session bus for GNOME's idle monitor ({})", e.getMessage());
            return false;
        }
    }
}
