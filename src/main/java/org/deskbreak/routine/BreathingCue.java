package org.deskbreak.routine;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.time.Duration;
import javax.swing.JComponent;
import org.deskbreak.ui.AppTheme;

/**
 * A circle that swells while the user breathes in and shrinks while they breathe out, with the
 * words beside it. Its size is a pure function of time in the step, so it follows the session
 * (pause, time scale) exactly; it keeps its room when idle so the layout never jumps.
 */
final class BreathingCue extends JComponent {

    static final Duration IN = Duration.ofSeconds(4);
    static final Duration OUT = Duration.ofSeconds(6);
    private static final long CYCLE_MS = IN.toMillis() + OUT.toMillis();
    /** The circle at its smallest and largest, as shares of the font size: as tall as the words. */
    private static final double MIN_SHARE = 0.3;
    private static final double MAX_SHARE = 1.0;
    private static final float WORDS_SHARE = 0.6f;

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
        FontMetrics fm = getFontMetrics(wordsFont());
        int widest = 0;
        for (String s : labels) {
            widest = Math.max(widest, fm.stringWidth(s));
        }
        // Room for the widest label, so the circle stays put when the words change.
        int max = maxDiameter();
        return new Dimension(max + gap() + widest, Math.max(max, fm.getHeight()) + 4);
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
            // Both the ring (how full the lungs will get) and the circle are solid accent, so they
            // stand out from the window at 3:1 or more in light and dark.
            Color accent = AppTheme.accentGraphic();
            int max = maxDiameter();
            int cx = (getWidth() - getPreferredSize().width) / 2 + max / 2;
            int cy = getHeight() / 2;
            double d = max * (MIN_SHARE + (MAX_SHARE - MIN_SHARE) * size);
            float ring = Math.max(2f, max / 24f);
            g2.setColor(accent);
            g2.setStroke(new java.awt.BasicStroke(ring));
            g2.draw(new Ellipse2D.Double(cx - max / 2.0 + ring / 2, cy - max / 2.0 + ring / 2, max - ring, max - ring));
            g2.fill(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
            g2.setColor(getForeground());
            g2.setFont(wordsFont());
            FontMetrics fm = g2.getFontMetrics();
            g2.drawString(label, cx + max / 2 + gap(), cy + (fm.getAscent() - fm.getDescent()) / 2);
        } finally {
            g2.dispose();
        }
    }

    /**
     * The words: a little smaller than the circle, so "Breathe out" fits beside it in a window
     * of the design's width; the circle itself is as tall as the countdown.
     */
    private java.awt.Font wordsFont() {
        return getFont().deriveFont(getFont().getSize2D() * WORDS_SHARE);
    }

    private int maxDiameter() {
        return Math.max(16, Math.round(getFont().getSize2D() * (float) MAX_SHARE));
    }

    private int gap() {
        return Math.max(8, Math.round(getFont().getSize2D() * 0.25f));
    }

}
