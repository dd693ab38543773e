package org.deskbreak.ui;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import org.deskbreak.platform.Os;

/** Puts small windows in the tray corner of the screen the mouse is on. */
public final class ScreenCorner {

    private static final boolean TRAY_AT_BOTTOM = trayAtBottom(Os.current());

    private ScreenCorner() {
    }

    /**
     * Where the tray is until the user has clicked it: Windows' notification area is at the
     * bottom right, the macOS menu bar at the top (its height is in the screen's insets, so a card
     * lands under it), and Linux panels are most often at the top.
     */
    static boolean trayAtBottom(Os os) {
        return os.isWindows();
    }

    /** Moves a packed window into the corner; {@code trayHint} counts only when on the same screen. */
    public static void place(Window w, Point trayHint) {
        GraphicsConfiguration gc = mouseScreen();
        Rectangle bounds = gc.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        Point hint = trayHint != null && bounds.contains(trayHint) ? trayHint : null;
        w.setLocation(CornerPlacement.place(bounds, insets, w.getSize(), hint, TRAY_AT_BOTTOM));
    }

    /** The whole screen the reminder card appears on now (the pointer's). Any thread. */
    public static Rectangle cardScreen() {
        return mouseScreen().getBounds();
    }

    /** The usable part of the screen that holds {@code p}. */
    public static Rectangle usableAround(Point p) {
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration gc = device.getDefaultConfiguration();
            if (gc.getBounds().contains(p)) {
                return usable(gc);
            }
        }
        return usable(mouseScreen());
    }

    static GraphicsConfiguration mouseScreen() {
        PointerInfo pointer = MouseInfo.getPointerInfo();
        if (pointer != null) {
            return pointer.getDevice().getDefaultConfiguration();
        }
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
    }

    private static Rectangle usable(GraphicsConfiguration gc) {
        Rectangle b = gc.getBounds();
        Insets i = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + i.left, b.y + i.top, b.width - i.left - i.right, b.height - i.top - i.bottom);
    }
}
