package org.deskbreak.ui;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;

/**
 * Where a small window goes: in the screen corner nearest the tray. The tray's own position is
 * unknown to AWT, so the last point the user clicked on the tray icon stands for it; without
 * one, the platform's habit decides (bottom right on Windows, top right elsewhere).
 */
public final class CornerPlacement {

    static final int MARGIN = 12;

    private CornerPlacement() {
    }

    /**
     * @param screen  the whole screen, in desktop coordinates
     * @param insets  what panels and task bars cover on that screen
     * @param size    the window's size
     * @param trayHint a point on or near the tray icon, or null
     * @param bottomByDefault whether the tray is usually at the bottom on this platform
     */
    public static Point place(Rectangle screen, Insets insets, Dimension size, Point trayHint, boolean bottomByDefault) {
        Rectangle usable = new Rectangle(
                screen.x + insets.left, screen.y + insets.top,
                Math.max(0, screen.width - insets.left - insets.right),
                Math.max(0, screen.height - insets.top - insets.bottom));
        boolean right = trayHint == null || trayHint.x >= screen.x + screen.width / 2;
        boolean bottom = trayHint == null ? bottomByDefault : trayHint.y >= screen.y + screen.height / 2;
        int x = right ? usable.x + usable.width - size.width - MARGIN : usable.x + MARGIN;
        int y = bottom ? usable.y + usable.height - size.height - MARGIN : usable.y + MARGIN;
        // A screen smaller than the window: keep its top-left corner visible.
        x = Math.max(screen.x, x);
        y = Math.max(screen.y, y);
        return new Point(x, y);
    }

    /** The point near a click where a popup fits on screen, opening up or left as needed. */
    public static Point fitNear(Rectangle usable, Dimension size, Point click) {
        int x = click.x + size.width <= usable.x + usable.width ? click.x : click.x - size.width;
        int y = click.y + size.height <= usable.y + usable.height ? click.y : click.y - size.height;
        x = Math.max(usable.x, Math.min(x, usable.x + usable.width - size.width));
        y = Math.max(usable.y, Math.min(y, usable.y + usable.height - size.height));
        return new Point(x, y);
    }
}
