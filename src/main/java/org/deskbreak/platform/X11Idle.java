package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.Optional;
import org.deskbreak.core.IdleSource;

/**
 * Idle time from the X server: the MIT screen-saver extension keeps, for every screen, the time
 * since the last key press or pointer move (XScreenSaverQueryInfo in libXss). One private
 * connection to the display, asked at most once a minute by the planner; nothing runs between.
 * The connection lasts as long as the app and closes with the process.
 */
final class X11Idle implements IdleSource {

    /** The parts of libX11 used here. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        NativeLong XDefaultRootWindow(Pointer display);

        int XCloseDisplay(Pointer display);
    }

    /** The parts of libXss used here. */
    interface Xss extends Library {
        int XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        Pointer XScreenSaverAllocInfo();

        int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Pointer info);
    }

    /**
     * Where {@code idle} sits in XScreenSaverInfo: after {@code Window window; int state;
     * int kind; unsigned long til_or_since;}, with longs the size of a C long.
     */
    static final long IDLE_OFFSET = 2L * NativeLong.SIZE + 8;

    private final Xss xss;
    private final Pointer display;
    private final NativeLong root;
    private final Pointer info;

    private X11Idle(Xss xss, Pointer display, NativeLong root, Pointer info) {
        this.xss = xss;
        this.display = display;
        this.root = root;
        this.info = info;
    }

    /**
     * Connects to the display; fails with a reason a person can act on when libX11 or libXss is
     * missing, the display cannot be opened or the server lacks the extension.
     */
    static X11Idle open(String displayName) throws IdleUnavailable {
        Xlib xlib;
        Xss xss;
        try {
            xlib = Native.load("X11", Xlib.class);
            xss = Native.load("Xss", Xss.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IdleUnavailable("libXss is not installed (Debian and Ubuntu: libxss1)", e);
        }
        Pointer display = xlib.XOpenDisplay(displayName);
        if (display == null) {
            throw new IdleUnavailable("cannot open display " + displayName, null);
        }
        if (xss.XScreenSaverQueryExtension(display, new IntByReference(), new IntByReference()) == 0) {
            xlib.XCloseDisplay(display);
            throw new IdleUnavailable("the X server has no screen-saver extension", null);
        }
        Pointer info = xss.XScreenSaverAllocInfo();
        if (info == null) {
            xlib.XCloseDisplay(display);
            throw new IdleUnavailable("out of memory", null);
        }
        return new X11Idle(xss, display, xlib.XDefaultRootWindow(display), info);
    }

    @Override
    public synchronized Optional<Duration> idleTime() {
        if (xss.XScreenSaverQueryInfo(display, root, info) == 0) {
            return Optional.empty();
        }
        long millis = info.getNativeLong(IDLE_OFFSET).longValue();
        return Optional.of(Duration.ofMillis(Math.max(0, millis)));
    }
}
