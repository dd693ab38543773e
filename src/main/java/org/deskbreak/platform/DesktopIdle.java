package org.deskbreak.platform;

import java.util.Map;
import org.deskbreak.core.IdleSource;
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

    /** The idle source for the session described by {@code env} (usually the process environment). */
    public static IdleSource detect(Map<String, String> env) {
        return detect(env, Os.current(), NATIVE);
    }

    static IdleSource detect(Map<String, String> env, Os os, Openers openers) {
        String display = env.get("DISPLAY");
        String why;
        if (os.isWindows() || os.isMac()) {
            try {
                IdleSource source = os.isWindows() ? openers.windows() : openers.mac();
                LOG.info("Idle time: read from {}", os.isWindows() ? "GetLastInputInfo" : "CGEventSource");
                return source;
            } catch (IdleUnavailable e) {
                why = e.getMessage();
            }
        } else if ("wayland".equalsIgnoreCase(env.get("XDG_SESSION_TYPE"))) {
            // XWayland only sees input sent to X programs, so its idle time would be wrong.
            why = "a Wayland session does not share it with other programs";
        } else if (display == null || display.isBlank()) {
            why = "there is no X display (DISPLAY is not set)";
        } else {
            try {
                IdleSource x11 = openers.x11(display);
                LOG.info("Idle time: read from the X server on {}", display);
                return x11;
            } catch (IdleUnavailable e) {
                why = e.getMessage();
            }
        }
        LOG.info("Idle time: not available, so time away from the keyboard does not count as a break ({})", why);
        return IdleSource.NONE;
    }
}
