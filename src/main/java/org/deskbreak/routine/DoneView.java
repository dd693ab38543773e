package org.deskbreak.routine;

import static org.deskbreak.routine.WindowParts.addRow;
import static org.deskbreak.routine.WindowParts.filler;
import static org.deskbreak.routine.WindowParts.scale;
import static org.deskbreak.routine.WindowParts.sidePadding;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/** The routine's last screen: a check mark, when the next break is, and Close. */
final class DoneView {

    private DoneView() {
    }

    static JPanel build(String message, String note, JButton close, Runnable closeAction) {
        JPanel root = new JPanel(new BorderLayout(0, scale(12)));
        root.setBorder(BorderFactory.createEmptyBorder(scale(24), sidePadding(), scale(16), sidePadding()));
        root.setFocusable(true);
        IllustrationView check = new IllustrationView();
        check.show("done");
        check.setPreferredSize(new Dimension(scale(280), scale(210)));
        check.setMinimumSize(new Dimension(scale(160), scale(120)));
        JLabel done = new JLabel(message, SwingConstants.CENTER);
        done.setName("done");
        done.setFont(done.getFont().deriveFont(Font.BOLD, done.getFont().getSize2D() + scale(8f)));
        JLabel small = new JLabel(note, SwingConstants.CENTER);
        small.setForeground(org.deskbreak.ui.AppTheme.secondaryText());
        JPanel center = new JPanel(new GridBagLayout());
        center.setOpaque(false);
        // The check and the words sit together in the middle, not at opposite ends of the window.
        addRow(center, filler(), 1.0, 0);
        addRow(center, check, 0, 0);
        addRow(center, done, 0, 16);
        addRow(center, small, 0, 8);
        addRow(center, filler(), 1.0, 24);
        JPanel closeRow = new JPanel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        closeRow.setOpaque(false);
        closeRow.add(close);
        root.add(center, BorderLayout.CENTER);
        root.add(closeRow, BorderLayout.SOUTH);
        WindowParts.key(root, "ESCAPE", closeAction);
        WindowParts.key(root, "ENTER", closeAction);
        return root;
    }
}
