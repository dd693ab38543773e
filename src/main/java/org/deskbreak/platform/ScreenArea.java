package org.deskbreak.platform;

/** A rectangle of the desktop in pixels: the screen a reminder would appear on. */
public record ScreenArea(int x, int y, int width, int height) {

    /** Whether the two overlap by more than an edge. */
    public boolean overlaps(ScreenArea o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
}
