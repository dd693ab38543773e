package org.deskbreak.tray;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JDialog;
import javax.swing.JPopupMenu;
import javax.swing.Timer;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import org.deskbreak.ui.Edt;
import org.deskbreak.ui.ScreenCorner;

/**
 * Shows a Swing popup menu for the tray icon. A TrayIcon is no Swing component, so a tiny
 * undecorated window at the click point stands in as the menu's invoker; it takes focus so a
 * click anywhere else closes the menu, and it is disposed with the menu.
 *
 * <p>FlatLaf closes a popup menu on Linux as soon as its invoker's window moves. The invoker is
 * moved once or twice after it is mapped: the X server first reports it at 0,0 (before the
 * window manager has placed it) and then where it was put, and Java delivers those moves as
 * events some milliseconds after the window already reads as placed. A menu shown in between
 * was closed at once, which was most of the right-clicks that opened no menu. So the menu opens
 * only once the invoker is active, where it was put, and has not moved for {@value #SETTLE_MS}
 * ms; and a menu that a late move closes anyway is opened again, a few times at most.
 */
final class PopupInvoker {

    /** How often the opener looks again while the invoker settles. */
    static final int CHECK_MS = 50;
    /** Quiet time after the invoker's last move before the menu opens. */
    static final int SETTLE_MS = 150;
    /** After this long the menu opens wherever the invoker is (desktops that never activate it). */
    static final int GIVE_UP_WAITING_MS = 1600;
    /** A window never mapped is disposed after this long. */
    static final int NEVER_MAPPED_MS = 4000;
    /** Reopenings after a move closed the menu; beyond that the window manager keeps moving it. */
    static final int MAX_REOPENS = 3;
    static final int NEAR_PX = 48;
    /** The menu's client property naming the window it opens on, while that window lives. */
    private static final String INVOKER = "deskbreak.popupInvoker";

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
        Point java = w.getLocation();
        return near(at, wanted) && near(java, wanted);
    }

    private static boolean near(Point at, Point wanted) {
        return Math.abs(at.x - wanted.x) <= NEAR_PX && Math.abs(at.y - wanted.y) <= NEAR_PX;
    }

    /**
     * Whether this menu is on screen or still on its way there (its invoker waits for the window
     * manager). A second right-click in that time must not start a second menu: two invokers take
     * the focus from each other, and on a busy machine the first menu and the second click met
     * and neither menu stayed open.
     */
    static boolean isOpenOrOpening(JPopupMenu menu) {
        if (menu == null) {
            return false;
        }
        Object invoker = menu.getClientProperty(INVOKER);
        return menu.isVisible() || (invoker instanceof Window w && w.isDisplayable());
    }

    static void show(JPopupMenu menu, Point click) {
        JDialog invoker = new JDialog((Window) null);
        menu.putClientProperty(INVOKER, invoker);
        invoker.setUndecorated(true);
        invoker.setType(Window.Type.UTILITY);
        invoker.setOpacity(0f);
        invoker.setSize(1, 1);
        // Inside the usable area the window manager has no reason to move the invoker again.
        Rectangle usable = ScreenCorner.usableAround(click);
        Point wanted = new Point(Math.max(usable.x, Math.min(click.x, usable.x + usable.width - 1)),
                Math.max(usable.y, Math.min(click.y, usable.y + usable.height - 1)));
        invoker.setLocation(wanted);
        new Opener(menu, invoker, wanted).start();
    }

    /** Opens the menu on the invoker once it has settled, and again if a late move closes it. */
    private static final class Opener {
        private final JPopupMenu menu;
        private final JDialog invoker;
        private final Point wanted;
        private final Timer checks;
        private long waitingSince = System.nanoTime();
        private long lastMoveAt = System.nanoTime();
        private boolean activated;
        private boolean closedByMove;
        private int reopens;

        Opener(JPopupMenu menu, JDialog invoker, Point wanted) {
            this.menu = menu;
            this.invoker = invoker;
            this.wanted = wanted;
            this.checks = new Timer(CHECK_MS, e -> check());
        }

        void start() {
            invoker.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentMoved(ComponentEvent e) {
                    moved();
                }
            });
            invoker.addWindowListener(new WindowAdapter() {
                @Override
                public void windowActivated(WindowEvent e) {
                    activated();
                }
            });
            menu.addPopupMenuListener(new PopupMenuListener() {
                @Override
                public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                }

                @Override
                public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                    closed();
                }

                @Override
                public void popupMenuCanceled(PopupMenuEvent e) {
                }
            });
            checks.start();
            invoker.setVisible(true);
            invoker.toFront();
        }

        /** Runs before FlatLaf's own listener, which closes an open menu on the same move. */
        private void moved() {
            lastMoveAt = System.nanoTime();
            if (menu.isVisible()) {
                closedByMove = true;
            }
        }

        private void activated() {
            activated = true;
            Edt.later(this::check);
        }

        private void closed() {
            if (closedByMove && reopens < MAX_REOPENS && invoker.isDisplayable()) {
                closedByMove = false;
                reopens++;
                waitingSince = System.nanoTime();
                checks.restart();
                return;
            }
            checks.stop();
            release();
        }

        private void check() {
            if (menu.isVisible() || !invoker.isDisplayable()) {
                checks.stop();
                return;
            }
            long waited = millisSince(waitingSince);
            if (!invoker.isShowing()) {
                if (waited > NEVER_MAPPED_MS) {
                    // Never mapped: give up quietly rather than tick on.
                    checks.stop();
                    release();
                }
                return;
            }
            boolean settled = activated && isAt(invoker, wanted) && millisSince(lastMoveAt) >= SETTLE_MS;
            if (settled || waited > GIVE_UP_WAITING_MS) {
                checks.stop();
                menu.show(invoker.getContentPane(), 0, 0);
            }
        }

        private void release() {
            invoker.dispose();
            menu.putClientProperty(INVOKER, null);
        }

        private static long millisSince(long nanos) {
            return (System.nanoTime() - nanos) / 1_000_000;
        }
    }
}
