package org.deskbreak.tray;

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
import org.deskbreak.ui.Edt;
import org.deskbreak.ui.ScreenCorner;

/**
 * Shows a Swing popup menu for the tray icon. A TrayIcon is no Swing component, so a tiny
 * undecorated window at the click point stands in as the menu's invoker; it takes focus so a
 * click anywhere else closes the menu, and it is disposed with the menu.
 */
final class PopupInvoker {

    static final int GRACE_MS = 400;
    /** After this many grace periods the menu opens wherever the invoker is. */
    static final int MAX_GRACE_ROUNDS = 4;

    private PopupInvoker() {
    }

    /** Whether the window is where it was put, give or take what a window manager adds. */
    static boolean isAt(Window w, Point wanted) {
        Point at;
        try {
            at = w.getLocationOnScreen();
        } catch (java.awt.IllegalComponentStateException e) {
            return false;
        }
        return Math.abs(at.x - wanted.x) <= NEAR_PX && Math.abs(at.y - wanted.y) <= NEAR_PX;
    }

    static final int NEAR_PX = 48;

    static void show(JPopupMenu menu, Point click) {
        JDialog invoker = new JDialog((Window) null);
        invoker.setUndecorated(true);
        invoker.setType(Window.Type.UTILITY);
        invoker.setOpacity(0f);
        invoker.setSize(1, 1);
        // Inside the usable area the window manager has no reason to move the invoker; a move
        // would cancel the menu (FlatLaf closes popups whose window moves on Linux).
        Rectangle usable = ScreenCorner.usableAround(click);
        Point wanted = new Point(Math.max(usable.x, Math.min(click.x, usable.x + usable.width - 1)),
                Math.max(usable.y, Math.min(click.y, usable.y + usable.height - 1)));
        invoker.setLocation(wanted);
        // The window manager may still place the invoker after mapping it, and FlatLaf closes a
        // popup whose invoker moves (Linux): the menu opens once the invoker is active, or after a
        // short grace period on desktops that never activate it.
        // Until the X server has placed the invoker, its location on screen can read as 0,0, and a
        // menu shown then opens in the far corner: it also waits until the invoker is where it was put.
        boolean[] shown = {false};
        int[] graceLeft = {MAX_GRACE_ROUNDS};
        Runnable showOnce = () -> {
            if (!shown[0] && invoker.isShowing() && (isAt(invoker, wanted) || graceLeft[0] <= 0)) {
                shown[0] = true;
                menu.show(invoker.getContentPane(), 0, 0);
            }
        };
        invoker.addWindowListener(new WindowAdapter() {
            @Override
            public void windowActivated(WindowEvent e) {
                Edt.later(showOnce);
            }
        });
        Timer grace = new Timer(GRACE_MS, e -> {
            graceLeft[0]--;
            showOnce.run();
            if (shown[0] || !invoker.isDisplayable()) {
                ((Timer) e.getSource()).stop();
            } else if (graceLeft[0] < -MAX_GRACE_ROUNDS) {
                // Never mapped: give up quietly rather than tick on.
                ((Timer) e.getSource()).stop();
                invoker.dispose();
            }
        });
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
