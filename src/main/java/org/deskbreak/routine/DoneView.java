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

    /** @param f how much larger than the design the window is: the words grow with it, as the steps' do */
    static JPanel build(String message, String note, JButton close, Runnable closeAction, double f) {
        JPanel root = new JPanel(new BorderLayout(0, scale(12)));
        root.setBorder(BorderFactory.createEmptyBorder(scale(24), sidePadding(), scale(16), sidePadding()));
        root.setFocusable(true);
        IllustrationView check = new IllustrationView();
        check.show("done");
        check.setPreferredSize(new Dimension((int) (280 * f), (int) (210 * f)));
        check.setMinimumSize(new Dimension(scale(160), scale(120)));
        JLabel done = new JLabel(message, SwingConstants.CENTER);
        done.setName("done");
        done.setFont(done.getFont().deriveFont(Font.BOLD, (float) (RoutineWindow.TITLE_PX * 0.85 * f)));
        JLabel small = new JLabel(note, SwingConstants.CENTER);
        small.setForeground(org.deskbreak.ui.AppTheme.secondaryText());
        small.setFont(small.getFont().deriveFont((float) (RoutineWindow.SMALL_PX * f)));
        WindowParts.wrap(small, note, (int) ((RoutineWindow.DESIGN.width - 2 * WindowParts.SIDE_PADDING - 8) * f), true);
        close.setFont(close.getFont().deriveFont((float) Math.max(close.getFont().getSize2D(), RoutineWindow.BUTTON_PX * f)));
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
