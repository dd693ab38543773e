package org.deskbreak.tray;

import java.awt.EventQueue;
import java.awt.Point;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.Timer;
import java.awt.Rectangle;
import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JPopupMenu;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import org.deskbreak.ui.ScreenCorner;

/**
 * Shows a Swing popup menu for the tray icon. A TrayIcon is no Swing component, so a tiny
 * undecorated window at the click point stands in as the menu's invoker; it takes focus so a
 * click anywhere else closes the menu, and it is disposed with the menu.
 */
final class PopupInvoker {

    static final int GRACE_MS = 400;

    private PopupInvoker() {
    }

    static void show(JPopupMenu menu, Point click) {
        JDialog invoker = new JDialog((Window) null);
        invoker.setUndecorated(true);
        invoker.setType(Window.Type.UTILITY);
        invoker.setOpacity(0f);
        invoker.setSize(1, 1);
        // Inside the usable area the window manager has no reason to move the invoker; a move
        // would cancel the menu (FlatLaf closes popups whose window moves on Linux).
        Rectangle usable = ScreenCorner.usableAround(click);
        invoker.setLocation(Math.max(usable.x, Math.min(click.x, usable.x + usable.width - 1)),
                Math.max(usable.y, Math.min(click.y, usable.y + usable.height - 1)));
        // The window manager may still place the invoker after mapping it, and FlatLaf closes a
        // popup whose invoker moves (Linux): the menu opens once the invoker is active, or after a
        // short grace period on desktops that never activate it.
        boolean[] shown = {false};
        Runnable showOnce = () -> {
            if (!shown[0] && invoker.isDisplayable()) {
                shown[0] = true;
                menu.show(invoker.getContentPane(), 0, 0);
            }
        };
        invoker.addWindowListener(new WindowAdapter() {
            @Override
            public void windowActivated(WindowEvent e) {
                EventQueue.invokeLater(showOnce);
            }
        });
        Timer grace = new Timer(GRACE_MS, e -> showOnce.run());
        grace.setRepeats(false);
        grace.start();
        invoker.setVisible(true);
        invoker.toFront();
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                invoker.dispose();
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                invoker.dispose();
            }
        });
    }
}
