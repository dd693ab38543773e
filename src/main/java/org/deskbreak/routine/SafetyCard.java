package org.deskbreak.routine;

import static org.deskbreak.routine.WindowParts.addRow;
import static org.deskbreak.routine.WindowParts.filler;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * The safety notes: shown before the very first routine, and from the window's "i" button. Where
 * the ball may go, when to stop, when not to do the routine at all. On the first routine it also
 * offers reading the steps aloud, with one click.
 */
final class SafetyCard {

    static final List<String> LINES = List.of("safety.muscle", "safety.where", "safety.stop", "safety.skip", "safety.see");

    final JPanel root = new JPanel(new BorderLayout());
    final JCheckBox speak;
    final JButton go;
    private final JLabel heading;
    private final JLabel[] lines = new JLabel[LINES.size()];

    SafetyCard(ResourceBundle texts, boolean first, boolean speaking, Runnable done) {
        root.setName("safety");
        root.setFocusable(true);
        heading = new JLabel(texts.getString("safety.title"), SwingConstants.LEFT);
        heading.setName("safetyTitle");
        JPanel body = new JPanel(new java.awt.GridBagLayout());
        body.setOpaque(false);
        addRow(body, filler(), 1.0, 0);
        addRow(body, heading, 0, 0);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new JLabel();
            lines[i].setName(LINES.get(i));
            lines[i].putClientProperty("text", texts.getString(LINES.get(i)));
            addRow(body, lines[i], 0, 14);
        }
        speak = new JCheckBox(texts.getString("safety.speak"), speaking);
        speak.setName("speak");
        speak.setOpaque(false);
        speak.setVisible(first);
        addRow(body, speak, 0, 20);
        addRow(body, filler(), 1.0, 0);
        go = new JButton(texts.getString(first ? "safety.start" : "safety.back"));
        go.setName("safetyGo");
        go.addActionListener(e -> done.run());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        south.setOpaque(false);
        south.add(go);
        root.add(body, BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        WindowParts.key(root, "ENTER", done);
    }

    /** Sizes everything from the window's scale, and wraps the lines to {@code width}. */
    void scale(double f, int width, int sidePadding) {
        root.setBorder(BorderFactory.createEmptyBorder((int) (24 * f), sidePadding, (int) (20 * f), sidePadding));
        Font base = heading.getFont();
        heading.setFont(base.deriveFont(Font.BOLD, (float) (34 * f)));
        Font line = base.deriveFont(Font.PLAIN, (float) (22 * f));
        for (JLabel l : lines) {
            l.setFont(line);
            WindowParts.wrap(l, "\u2022 " + l.getClientProperty("text"), width, false);
        }
        speak.setFont(line);
        go.setFont(base.deriveFont(Font.BOLD, (float) Math.max(14, 18 * f)));
    }
}
