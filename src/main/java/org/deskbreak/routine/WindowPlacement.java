package org.deskbreak.routine;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;

/**
 * Where the routine window opens: where the user last left it, if that spot is still mostly on a
 * screen (screens come and go with docking), else centred on the screen the mouse is on.
 */
final class WindowPlacement {

    /** How much of the saved window must still fall on one screen's usable area to be trusted. */
    static final double MIN_VISIBLE_SHARE = 0.5;

    private WindowPlacement() {
    }

    /**
     * @param saved        the bounds the window had when last closed, if known
     * @param usableAreas  every screen's area minus panels and docks
     * @param mouseArea    the usable area of the screen under the mouse
     * @param preferred    the size to open with when nothing was saved
     * @param minimum      the smallest size the window may have
     */
    static Rectangle place(Optional<Rectangle> saved, List<Rectangle> usableAreas, Rectangle mouseArea,
                           Dimension preferred, Dimension minimum) {
        if (saved.isPresent() && saved.get().width > 0 && saved.get().height > 0) {
            Rectangle s = saved.get();
            Rectangle best = null;
            long bestOverlap = 0;
            for (Rectangle area : usableAreas) {
                long overlap = overlap(s, area);
                if (overlap > bestOverlap) {
                    best = area;
                    bestOverlap = overlap;
                }
            }
            if (best != null && bestOverlap >= MIN_VISIBLE_SHARE * ((long) s.width * s.height)) {
                return fit(s, best, minimum);
            }
        }
        int w = Math.min(preferred.width, mouseArea.width);
        int h = Math.min(preferred.height, mouseArea.height);
        return new Rectangle(mouseArea.x + (mouseArea.width - w) / 2, mouseArea.y + (mouseArea.height - h) / 2, w, h);
    }

    /** Keeps the size (within limits) and slides the window fully onto the area. */
    private static Rectangle fit(Rectangle r, Rectangle area, Dimension minimum) {
        int w = Math.min(Math.max(r.width, minimum.width), area.width);
        int h = Math.min(Math.max(r.height, minimum.height), area.height);
        int x = Math.max(area.x, Math.min(r.x, area.x + area.width - w));
        int y = Math.max(area.y, Math.min(r.y, area.y + area.height - h));
        return new Rectangle(x, y, w, h);
    }

    private static long overlap(Rectangle a, Rectangle b) {
        long w = Math.min((long) a.x + a.width, (long) b.x + b.width) - Math.max(a.x, b.x);
        long h = Math.min((long) a.y + a.height, (long) b.y + b.height) - Math.max(a.y, b.y);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
