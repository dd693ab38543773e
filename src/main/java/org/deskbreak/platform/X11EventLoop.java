package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lets AWT's X11 event thread sleep while nothing happens. Between X events that thread polls
 * with a cap of {@value #DEFAULT_CAP_MS} ms, waking about twice a second in an idle tray app.
 * The cap is read once, from the process environment ({@value #VARIABLE}), when the toolkit
 * starts (awt_XToolkit.c, readEnv in awt_toolkit_init). Raising it delays nothing visible:
 * X events and writes from other threads wake the poll at once (the X connection and AWT's
 * wake-up pipe are both polled), and the toolkit's own timers and pending flushes shorten each
 * poll to when they are due. So it is set here, in this process, before the toolkit starts: every
 * way of launching DeskBreak (the README's command, the packaged launcher, the login entry, the
 * menu entry, {@code java -jar}) gets it, and a value already in the environment is kept.
 */
public final class X11EventLoop {

    /** The environment variable AWT's X11 toolkit reads its poll cap from. */
    public static final String VARIABLE = "_AWT_MAX_POLL_TIMEOUT";
    /** The cap set: one wake-up a minute while idle. */
    public static final String CAP_MS = "60000";
    static final int DEFAULT_CAP_MS = 250;

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private X11EventLoop() {
    }

    /** Call before anything touches AWT. Returns what was done, for the log. */
    public static String quieten() {
        Optional<String> reason = skipReason(System.getProperty("os.name", ""), System.getenv());
        if (reason.isPresent()) {
            return reason.get();
        }
        try {
            LibC c = Native.load("c", LibC.class);
            return c.setenv(VARIABLE, CAP_MS, 0) == 0 ? VARIABLE + "=" + CAP_MS : VARIABLE + " could not be set";
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return VARIABLE + " not set: " + e.getMessage();
        }
    }

    /** Why nothing is to be set: not an X11 toolkit, or the user set the variable themselves. */
    static Optional<String> skipReason(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.of("no X11 toolkit on " + osName);
        }
        if (env.containsKey(VARIABLE)) {
            return Optional.of(VARIABLE + "=" + env.get(VARIABLE) + " kept from the environment");
        }
        return Optional.empty();
    }
}
