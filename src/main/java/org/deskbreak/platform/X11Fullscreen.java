package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The X11 busy signal: the active window ({@code _NET_ACTIVE_WINDOW} on the root window, set by
 * the window manager) is fullscreen ({@code _NET_WM_STATE_FULLSCREEN} in its {@code _NET_WM_STATE})
 * and covers the screen the reminder would appear on. Presentations, fullscreen video and games
 * look like this. One private connection to the display, used only when asked.
 *
 * <p>X errors (the active window closing between two questions) are reported on this private
 * connection to the process's error handler; in the desktop app that is AWT's, which logs and
 * goes on (Xlib's default one would end the process).
 */
final class X11Fullscreen implements BusySignal {

    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        NativeLong XDefaultRootWindow(Pointer display);

        NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

        int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong offset,
                               NativeLong length, boolean delete, NativeLong type, NativeLongByReference actualType,
                               IntByReference actualFormat, NativeLongByReference items,
                               NativeLongByReference bytesAfter, PointerByReference data);

        int XGetGeometry(Pointer display, NativeLong drawable, NativeLongByReference root, IntByReference x,
                         IntByReference y, IntByReference width, IntByReference height, IntByReference border,
                         IntByReference depth);

        boolean XTranslateCoordinates(Pointer display, NativeLong from, NativeLong to, int x, int y,
                                      IntByReference toX, IntByReference toY, NativeLongByReference child);

        int XFree(Pointer data);

        int XCloseDisplay(Pointer display);
    }

    private static final NativeLong XA_ATOM = new NativeLong(4);
    private static final NativeLong XA_WINDOW = new NativeLong(33);

    private final Xlib x;
    private final Pointer display;
    private final NativeLong root;
    private final NativeLong activeWindow;
    private final NativeLong wmState;
    private final NativeLong fullscreen;
    private final Supplier<Optional<ScreenArea>> cardScreen;

    private X11Fullscreen(Xlib x, Pointer display, Supplier<Optional<ScreenArea>> cardScreen) {
        this.x = x;
        this.display = display;
        this.root = x.XDefaultRootWindow(display);
        this.activeWindow = x.XInternAtom(display, "_NET_ACTIVE_WINDOW", false);
        this.wmState = x.XInternAtom(display, "_NET_WM_STATE", false);
        this.fullscreen = x.XInternAtom(display, "_NET_WM_STATE_FULLSCREEN", false);
        this.cardScreen = cardScreen;
    }

    static X11Fullscreen open(String displayName, Supplier<Optional<ScreenArea>> cardScreen) throws IdleUnavailable {
        Xlib x;
        try {
            x = Native.load("X11", Xlib.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IdleUnavailable("libX11 is not installed", e);
        }
        Pointer display = x.XOpenDisplay(displayName);
        if (display == null) {
            throw new IdleUnavailable("cannot open display " + displayName, null);
        }
        return new X11Fullscreen(x, display, cardScreen);
    }

    @Override
    public String name() {
        return "X11 fullscreen window";
    }

    @Override
    public synchronized Optional<String> busyBecause() {
        long[] active = longs(root, activeWindow, XA_WINDOW, 1);
        if (active.length == 0 || active[0] == 0) {
            return Optional.empty();
        }
        NativeLong window = new NativeLong(active[0]);
        for (long atom : longs(window, wmState, XA_ATOM, 64)) {
            if (atom == fullscreen.longValue()) {
                return onCardScreen(window) ? Optional.of("the active window is fullscreen (0x"
                        + Long.toHexString(active[0]) + ")") : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the window covers the reminder's screen; when either cannot be told, it is taken to. */
    private boolean onCardScreen(NativeLong window) {
        Optional<ScreenArea> screen = cardScreen.get();
        if (screen.isEmpty()) {
            return true;
        }
        IntByReference w = new IntByReference();
        IntByReference h = new IntByReference();
        if (x.XGetGeometry(display, window, new NativeLongByReference(), new IntByReference(), new IntByReference(),
                w, h, new IntByReference(), new IntByReference()) == 0) {
            return true;
        }
        IntByReference rx = new IntByReference();
        IntByReference ry = new IntByReference();
        if (!x.XTranslateCoordinates(display, window, root, 0, 0, rx, ry, new NativeLongByReference())) {
            return true;
        }
        return new ScreenArea(rx.getValue(), ry.getValue(), w.getValue(), h.getValue()).overlaps(screen.get());
    }

    /** A property of 32-bit items (which X hands over as C longs); empty when the window has none. */
    private long[] longs(NativeLong window, NativeLong property, NativeLong type, int max) {
        NativeLongByReference actualType = new NativeLongByReference();
        IntByReference format = new IntByReference();
        NativeLongByReference items = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int status = x.XGetWindowProperty(display, window, property, new NativeLong(0), new NativeLong(max), false,
                type, actualType, format, items, new NativeLongByReference(), data);
        Pointer p = data.getValue();
        try {
            if (status != 0 || p == null || format.getValue() != 32) {
                return new long[0];
            }
            int n = (int) Math.min(max, items.getValue().longValue());
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = p.getNativeLong((long) i * NativeLong.SIZE).longValue();
            }
            return out;
        } finally {
            if (p != null) {
                x.XFree(p);
            }
        }
    }
}
