package org.deskbreak.platform;

import java.util.Locale;
import java.util.Map;
import org.deskbreak.core.IdleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out how this desktop tells how long the user has been away. X11 sessions can: the X
 * server counts the time since the last input. Elsewhere the planner relies on the clock alone
 * and the idle-reset setting has no effect; the log says why.
 */
public final class DesktopIdle {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopIdle.class);

    private DesktopIdle() {
    }

    /** The idle source for the session described by {@code env} (usually the process environment). */
    public static IdleSource detect(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String display = env.get("DISPLAY");
        String why;
        if (os.startsWith("windows") || os.startsWith("mac")) {
            why = "reading it on " + System.getProperty("os.name") + " is not supported yet";
        } else if ("wayland".equalsIgnoreCase(env.get("XDG_SESSION_TYPE"))) {
            // XWayland only sees input sent to X programs, so its idle time would be wrong.
            why = "a Wayland session does not share it with other programs";
        } else if (display == null || display.isBlank()) {
            why = "there is no X display (DISPLAY is not set)";
        } else {
            try {
                IdleSource x11 = X11Idle.open(display);
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
