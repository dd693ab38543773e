package org.deskbreak.routine;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.time.Duration;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * A circle that swells while the user breathes in and shrinks while they breathe out, with the
 * words beside it. Its size is a pure function of time in the step, so it follows the session
 * (pause, time scale) exactly; it keeps its room when idle so the layout never jumps.
 */
final class BreathingCue extends JComponent {

    static final Duration IN = Duration.ofSeconds(4);
    static final Duration OUT = Duration.ofSeconds(6);
    private static final long CYCLE_MS = IN.toMillis() + OUT.toMillis();
    private static final int MIN_DIAMETER = 12;
    private static final int MAX_DIAMETER = 40;
    private static final int GAP = 12;

    private boolean active;
    private double size;
    private String label = "";
    private final String[] labels;

    /** @param longestLabels the texts the cue may show, so it can reserve room for the widest */
    BreathingCue(String... longestLabels) {
        this.labels = longestLabels.clone();
        setOpaque(false);
    }

    /** Breathing in during the first four seconds of every ten. */
    static boolean inhaling(Duration elapsed) {
        return Math.floorMod(elapsed.toMillis(), CYCLE_MS) < IN.toMillis();
    }

    /**
     * 0 when the lungs are empty, 1 when full: a half cosine up over the in-breath and down over
     * the longer out-breath, so the circle eases at both turns instead of bouncing.
     */
    static double size(Duration elapsed) {
        long t = Math.floorMod(elapsed.toMillis(), CYCLE_MS);
        if (t < IN.toMillis()) {
            return 0.5 - 0.5 * Math.cos(Math.PI * t / IN.toMillis());
        }
        return 0.5 + 0.5 * Math.cos(Math.PI * (t - IN.toMillis()) / OUT.toMillis());
    }

    /** Shows the cue for this moment of a hold, or hides it (keeping its room) when idle. */
    void show(boolean holding, Duration elapsed, String text) {
        boolean changed = holding != active || (holding && (!text.equals(label) || size != size(elapsed)));
        active = holding;
        size = holding ? size(elapsed) : 0;
        label = holding ? text : "";
        if (changed) {
            repaint();
        }
    }

    boolean active() {
        return active;
    }

    String label() {
        return label;
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(getFont());
        int widest = 0;
        for (String s : labels) {
            widest = Math.max(widest, fm.stringWidth(s));
        }
        // Room for the widest label, so the circle stays put when the words change.
        return new Dimension(UIScale.scale(MAX_DIAMETER + GAP) + widest,
                Math.max(UIScale.scale(MAX_DIAMETER), fm.getHeight()) + UIScale.scale(4));
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!active) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color accent = accent();
            int max = UIScale.scale(MAX_DIAMETER);
            int cx = (getWidth() - getPreferredSize().width) / 2 + max / 2;
            int cy = getHeight() / 2;
            double d = UIScale.scale((float) (MIN_DIAMETER + (MAX_DIAMETER - MIN_DIAMETER) * size));
            g2.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 50));
            g2.fill(new Ellipse2D.Double(cx - max / 2.0, cy - max / 2.0, max, max));
            g2.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 210));
            g2.fill(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
            g2.setColor(getForeground());
            g2.setFont(getFont());
            FontMetrics fm = g2.getFontMetrics();
            g2.drawString(label, cx + max / 2 + UIScale.scale(GAP), cy + (fm.getAscent() - fm.getDescent()) / 2);
        } finally {
            g2.dispose();
        }
    }

    private static Color accent() {
        Color c = UIManager.getColor("Component.accentColor");
        return c != null ? c : new Color(0x23897D);
    }
}
