package org.deskbreak.routine;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import javax.swing.JComponent;

/**
 * Shows a step's drawing as large as the room allows, keeping its proportions. The SVG is
 * re-rendered at the new size rather than stretched, so it stays sharp at any window size.
 */
final class IllustrationView extends JComponent {

    /** The drawings are made on a 4:3 canvas. */
    static final double ASPECT = 4.0 / 3.0;

    private FlatSVGIcon base;
    private FlatSVGIcon sized;
    private String name = "";

    IllustrationView() {
        setOpaque(false);
        setMinimumSize(new Dimension(160, 120));
        setPreferredSize(new Dimension(400, 300));
    }

    void show(String illustration) {
        if (illustration.equals(name)) {
            return;
        }
        name = illustration;
        base = new FlatSVGIcon(RoutineLoader.illustrationPath(illustration).substring(1));
        if (FlatLaf.isLafDark()) {
            base.setColorFilter(darkScene());
        }
        sized = null;
        repaint();
    }

    String illustration() {
        return name;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (base == null) {
            return;
        }
        double scale = UIScale.getUserScaleFactor();
        int w = (int) (Math.min(getWidth(), getHeight() * ASPECT) / scale);
        int h = (int) (w / ASPECT);
        if (w < 8 || h < 8) {
            return;
        }
        if (sized == null || sized.getWidth() != w || sized.getHeight() != h) {
            sized = base.derive(w, h);
        }
        sized.paintIcon(this, g, (getWidth() - sized.getIconWidth()) / 2, (getHeight() - sized.getIconHeight()) / 2);
    }

    /** The scene's light backdrop would glare in a dark window; the figure keeps its colours. */
    private static FlatSVGIcon.ColorFilter darkScene() {
        FlatSVGIcon.ColorFilter f = new FlatSVGIcon.ColorFilter();
        f.add(new Color(0xEAF3F1), new Color(0x2C3A39));   // backdrop
        f.add(new Color(0xC9D6E0), new Color(0x55677A));   // wall
        f.add(new Color(0xA9BBCB), new Color(0x6F8397));   // wall edge and floor
        f.add(new Color(0xFFFFFF), new Color(0x3A4747));   // inset card
        f.add(new Color(0xD5E0DE), new Color(0x566665));   // inset card border
        return f;
    }
}
