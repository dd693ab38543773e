package org.deskbreak.tray;

import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import org.deskbreak.ui.CornerPlacement;
import org.deskbreak.ui.ScreenCorner;
import org.deskbreak.ui.StatusPanel;

/**
 * The small window a left click on the tray icon opens: countdown, today's counts and the main
 * buttons. It closes when the user clicks elsewhere or presses Esc, and is disposed then.
 */
final class StatusPopup {

    private JDialog window;

    boolean isOpen() {
        return window != null;
    }

    void open(StatusPanel panel, Point click) {
        close();
        JDialog w = new JDialog((Window) null, panel.getName());
        w.setUndecorated(true);
        w.setType(Window.Type.UTILITY);
        w.setAlwaysOnTop(true);
        panel.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")),
                panel.getBorder()));
        w.setContentPane(panel);
        w.getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        w.addWindowListener(new WindowAdapter() {
            @Override
            public void windowDeactivated(WindowEvent e) {
                closeUnlessOwnPopup(e);
            }
        });
        w.pack();
        if (click != null) {
            w.setLocation(CornerPlacement.fitNear(ScreenCorner.usableAround(click), w.getSize(), click));
        } else {
            ScreenCorner.place(w, null);
        }
        window = w;
        w.setVisible(true);
        w.toFront();
        w.requestFocus();
        org.deskbreak.ui.LayoutLog.later("status", w.getContentPane());
    }

    void close() {
        if (window != null) {
            window.dispose();
            window = null;
        }
    }

    /** The Pause choices open in a popup owned by this window: that is no reason to close. */
    private void closeUnlessOwnPopup(WindowEvent e) {
        Window other = e.getOppositeWindow();
        if (other != null && other.getOwner() == window) {
            return;
        }
        close();
    }
}
