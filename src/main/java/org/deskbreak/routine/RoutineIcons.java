package org.deskbreak.routine;

import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's window icons, read from the shared icon folder so the routine needs no other package. */
final class RoutineIcons {

    static final String FOLDER = "/org/deskbreak/ui/icons/";
    static final int[] SIZES = {16, 22, 24, 32, 48, 64, 128, 256};
    private static final Logger LOG = LoggerFactory.getLogger(RoutineIcons.class);

    private RoutineIcons() {
    }

    /** Every size that can be read; an empty list leaves the toolkit's default icon. */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String path = FOLDER + "deskbreak-" + size + ".png";
            try (InputStream in = RoutineIcons.class.getResourceAsStream(path)) {
                Image image = in == null ? null : ImageIO.read(in);
                if (image != null) {
                    icons.add(image);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Window icon {} unreadable", path, e);
            }
        }
        return List.copyOf(icons);
    }

    /**
     * The full-screen button's picture, drawn in the button's own text colour: four corners
     * pointing out, or in once the window fills the screen.
     */
    static javax.swing.Icon fullScreen(boolean leave, int size) {
        return new javax.swing.Icon() {
            @Override
            public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
                java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                try {
                    g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                    g2.setColor(c.getForeground());
                    float w = Math.max(1.5f, size / 9f);
                    g2.setStroke(new java.awt.BasicStroke(w, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
                    float m = w, e = size - w, arm = size * 0.26f;
                    float[][] corners = {{m, m, 1, 1}, {e, m, -1, 1}, {m, e, 1, -1}, {e, e, -1, -1}};
                    for (float[] k : corners) {
                        float cx = x + k[0];
                        float cy = y + k[1];
                        if (leave) {
                            cx += k[2] * arm;
                            cy += k[3] * arm;
                            g2.draw(new java.awt.geom.Line2D.Float(cx, cy, cx - k[2] * arm, cy));
                            g2.draw(new java.awt.geom.Line2D.Float(cx, cy, cx, cy - k[3] * arm));
                        } else {
                            g2.draw(new java.awt.geom.Line2D.Float(cx, cy, cx + k[2] * arm, cy));
                            g2.draw(new java.awt.geom.Line2D.Float(cx, cy, cx, cy + k[3] * arm));
                        }
                    }
                } finally {
                    g2.dispose();
                }
            }

            @Override
            public int getIconWidth() {
                return size;
            }

            @Override
            public int getIconHeight() {
                return size;
            }
        };
    }
}
