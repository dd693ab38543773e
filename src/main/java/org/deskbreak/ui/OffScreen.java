package org.deskbreak.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/** Paints a laid-out component into an image of its size: a window's first paint done ahead, nothing shown. */
public final class OffScreen {

    private OffScreen() {
    }

    /** The component as it would paint now; the caller lets the image go. Event thread. */
    public static BufferedImage draw(JComponent c) {
        BufferedImage image = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
