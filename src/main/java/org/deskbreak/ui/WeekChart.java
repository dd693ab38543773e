package org.deskbreak.ui;

import com.formdev.flatlaf.ui.FlatUIUtils;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.deskbreak.history.Statistics;
import org.deskbreak.history.Statistics.Day;

/**
 * Breaks taken on each of the last seven days, completed and cut short stacked, painted from
 * shapes in logical pixels so it stays sharp at any scale. Colours come from the look, so it
 * reads in light and dark.
 */
final class WeekChart extends JComponent {

    private static final int GAP = 6;
    private static final double MAX_BAR_WIDTH = 34;
    private static final double SWATCH = 10;

    private final StatsText text;
    private List<Day> week = List.of();
    private Day today;
    /** Breaks before the chart's week: then the week is quiet, not the history empty. */
    private boolean earlierBreaks;

    WeekChart(StatsText text) {
        this.text = text;
        setPreferredSize(new Dimension(404, 196));
    }

    void show(Statistics stats) {
        week = StatsText.lastWeek(stats);
        earlierBreaks = stats.totalBreaksTaken() > 0;
        today = StatsText.today(stats);
        boolean empty = BarScale.isEmpty(week);
        setToolTipText(empty ? null : "");
        getAccessibleContext().setAccessibleName(text.text("stats.chart.title"));
        getAccessibleContext().setAccessibleDescription(empty ? emptyMessage() : describe());
        repaint();
    }

    private String emptyMessage() {
        return text.text(earlierBreaks ? "stats.chart.emptyWeek" : "stats.chart.empty");
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        for (Day d : week) {
            sb.append(text.dayDetail(d)).append(". ");
        }
        return sb.toString().trim();
    }

    /** A bare JComponent has no accessible context; a screen reader reads this one's description. */
    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int i = slotAt(e.getX());
        return i < 0 || BarScale.isEmpty(week) ? null : text.dayDetail(week.get(i));
    }

    private int slotAt(int x) {
        if (week.isEmpty()) {
            return -1;
        }
        double slot = getWidth() / (double) week.size();
        int i = (int) (x / slot);
        return i >= 0 && i < week.size() ? i : -1;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            FlatUIUtils.setRenderingHints(g);
            paintChart(g);
        } finally {
            g.dispose();
        }
    }

    private void paintChart(Graphics2D g) {
        Font font = getFont() != null ? getFont() : UIManager.getFont("Label.font");
        Font small = font.deriveFont(font.getSize2D() - 1f);
        Font bold = font.deriveFont(Font.BOLD);
        FontMetrics fm = g.getFontMetrics(font);
        FontMetrics sm = g.getFontMetrics(small);
        Color fg = colour("Label.foreground", Color.DARK_GRAY);
        Color muted = AppTheme.secondaryText();
        Color line = colour("Separator.foreground", Color.LIGHT_GRAY);
        Color accent = AppTheme.accentGraphic();
        Color tint = tint(colour("Panel.background", Color.WHITE));

        int w = getWidth();
        int h = getHeight();
        // Title row: what the chart shows on the left, the legend on the right.
        int titleBase = fm.getAscent();
        g.setFont(font);
        g.setColor(muted);
        FlatUIUtils.drawString(this, g, text.text("stats.chart.title"), 0, titleBase);
        boolean empty = BarScale.isEmpty(week);
        if (!empty) {
            paintLegend(g, sm, small, fg, accent, tint, w, titleBase);
        }

        double plotTop = fm.getHeight() + 10 + sm.getHeight();
        double labelsHeight = fm.getHeight() + 6;
        double baseline = h - labelsHeight;
        double plotHeight = Math.max(10, baseline - plotTop);

        g.setColor(line);
        g.fill(new Rectangle2D.Double(0, baseline, w, 1));

        double slot = w / (double) Math.max(1, week.size());
        double barWidth = Math.min(MAX_BAR_WIDTH, slot - 2 * GAP);
        BarScale scale = BarScale.of(week);
        for (int i = 0; i < week.size(); i++) {
            Day day = week.get(i);
            double centre = slot * i + slot / 2;
            boolean isToday = today != null && day.date().equals(today.date());
            String label = text.dayLabel(day, today);
            g.setFont(isToday ? bold : font);
            FontMetrics lm = g.getFontMetrics();
            g.setColor(isToday ? fg : muted);
            FlatUIUtils.drawString(this, g, label, (int) Math.round(centre - lm.stringWidth(label) / 2.0),
                    (int) Math.round(baseline + 5 + lm.getAscent()));
            if (empty) {
                continue;
            }
            BarScale.Bar bar = scale.bar(day, plotHeight);
            if (bar.total() <= 0) {
                continue;
            }
            double x = centre - barWidth / 2;
            Shape whole = topRounded(x, baseline - bar.total(), barWidth, bar.total());
            g.setColor(tint);
            g.fill(whole);
            Shape saved = g.getClip();
            g.clip(new Rectangle2D.Double(x, baseline - bar.completed(), barWidth, bar.completed()));
            g.setColor(accent);
            g.fill(whole);
            g.setClip(saved);
            String value = Integer.toString(day.breaksTaken());
            g.setFont(small);
            g.setColor(fg);
            FlatUIUtils.drawString(this, g, value, (int) Math.round(centre - sm.stringWidth(value) / 2.0),
                    (int) Math.round(baseline - bar.total() - 4 - sm.getDescent()));
        }
        if (empty) {
            paintEmpty(g, font, small, fg, muted, w, plotTop, baseline);
        }
    }

    private void paintLegend(Graphics2D g, FontMetrics sm, Font small, Color fg, Color accent, Color tint,
                             int w, int titleBase) {
        String done = text.text("stats.legend.completed");
        String cut = text.text("stats.legend.partial");
        g.setFont(small);
        double x = w - sm.stringWidth(cut);
        double swatchY = titleBase - sm.getAscent() / 2.0 - SWATCH / 2 + 1;
        paintKey(g, cut, tint, fg, x, swatchY, titleBase);
        x -= 14 + SWATCH + 5 + sm.stringWidth(done);
        paintKey(g, done, accent, fg, x, swatchY, titleBase);
    }

    private void paintKey(Graphics2D g, String label, Color swatch, Color fg, double textX, double swatchY, int base) {
        g.setColor(swatch);
        g.fill(new RoundRectangle2D.Double(textX - 5 - SWATCH, swatchY, SWATCH, SWATCH, 3, 3));
        g.setColor(fg);
        FlatUIUtils.drawString(this, g, label, (int) Math.round(textX), base);
    }

    private void paintEmpty(Graphics2D g, Font font, Font small, Color fg, Color muted, int w,
                            double plotTop, double baseline) {
        String message = emptyMessage();
        String hint = earlierBreaks ? "" : text.text("stats.chart.emptyHint");
        Font big = font.deriveFont(Font.BOLD, font.getSize2D() + 2f);
        FontMetrics bm = g.getFontMetrics(big);
        FontMetrics sm = g.getFontMetrics(small);
        double middle = (plotTop + baseline) / 2;
        int y = (int) Math.round(middle - (bm.getHeight() + 4 + sm.getHeight()) / 2.0 + bm.getAscent());
        g.setFont(big);
        g.setColor(fg);
        FlatUIUtils.drawString(this, g, message, (w - bm.stringWidth(message)) / 2, y);
        g.setFont(small);
        g.setColor(muted);
        FlatUIUtils.drawString(this, g, hint, (w - sm.stringWidth(hint)) / 2, y + bm.getDescent() + 4 + sm.getAscent());
    }

    /** A bar with rounded top corners and a square foot on the baseline. */
    private static Shape topRounded(double x, double y, double width, double height) {
        double r = Math.min(4, Math.min(width / 2, height));
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y + height);
        p.lineTo(x, y + r);
        p.quadTo(x, y, x + r, y);
        p.lineTo(x + width - r, y);
        p.quadTo(x + width, y, x + width, y + r);
        p.lineTo(x + width, y + height);
        p.closePath();
        return p;
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }

    /**
     * The cut-short colour: the accent faded towards the background, but no further than 3:1
     * against it, so the bar still stands out.
     */
    static Color tint(Color background) {
        Color accent = AppTheme.accentGraphic();
        for (double share = 0.45; share < 1.0; share += 0.01) {
            Color c = mix(accent, background, share);
            if (contrast(c, background) >= 3.05) {
                return c;
            }
        }
        return accent;
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** {@code share} of {@code a} over {@code b}: the accent faded towards the background. */
    static Color mix(Color a, Color b, double share) {
        return new Color(
                (int) Math.round(a.getRed() * share + b.getRed() * (1 - share)),
                (int) Math.round(a.getGreen() * share + b.getGreen() * (1 - share)),
                (int) Math.round(a.getBlue() * share + b.getBlue() * (1 - share)));
    }
}
