package org.deskbreak.routine;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/** Layout helpers shared by the step and end views of the routine window. */
final class WindowParts {

    static final int SIDE_PADDING = 28;

    private WindowParts() {
    }

    /** Stacks {@code c} under the panel's last row; a positive weight lets the row take spare height. */
    static void addRow(JPanel panel, JComponent c, double weighty, int top) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.gridy = panel.getComponentCount();
        g.weightx = 1;
        g.weighty = weighty;
        g.fill = weighty > 0 ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(scale(top), 0, 0, 0);
        panel.add(c, g);
    }

    /** An invisible row that soaks up spare height. */
    static JComponent filler() {
        JPanel p = new JPanel();
        p.setOpaque(false);
        p.setPreferredSize(new Dimension(0, 0));
        return p;
    }

    /** A key that works wherever the focus is in the window. */
    static void key(JComponent root, String stroke, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(stroke), stroke);
        root.getActionMap().put(stroke, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    static int sidePadding() {
        return scale(SIDE_PADDING);
    }

    static int scale(int size) {
        return UIScale.scale(size);
    }

    static float scale(float size) {
        return UIScale.scale(size);
    }

    /** Wraps plain text into the label as HTML lines no wider than {@code width}. */
    static void wrap(javax.swing.JLabel label, String plain, int width, boolean centred) {
        java.awt.FontMetrics fm = label.getFontMetrics(label.getFont());
        StringBuilder html = new StringBuilder("<html><div style='text-align:" + (centred ? "center" : "left") + "'>");
        java.util.List<String> lines = TextWrap.lines(plain, Math.max(40, width), fm::stringWidth);
        for (int i = 0; i < lines.size(); i++) {
            html.append(i > 0 ? "<br>" : "").append(escape(lines.get(i)));
        }
        label.setText(html.append("</div></html>").toString());
    }

    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Color warning() {
        Color c = UIManager.getColor("Component.warning.focusedBorderColor");
        return c != null ? c : new Color(0xD9730D);
    }
}
