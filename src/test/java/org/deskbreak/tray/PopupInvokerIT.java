package org.deskbreak.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * The tray menu's stand-in invoker on a real display: a menu counts as open from the click until
 * it is closed, including the time its invoker waits for the window manager, so a second
 * right-click in that time starts no second menu. Skipped without a display, unless
 * DESKBREAK_E2E_REQUIRED is set (CI).
 */
@DisabledIf("headless")
class PopupInvokerIT {

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    @Test
    void aMenuCountsAsOpenFromTheClickUntilItCloses() throws Exception {
        JPopupMenu[] menu = new JPopupMenu[1];
        AtomicBoolean openingAtOnce = new AtomicBoolean();
        SwingUtilities.invokeAndWait(() -> {
            menu[0] = new JPopupMenu();
            menu[0].add(new JMenuItem("Start wall routine now"));
            assertThat(PopupInvoker.isOpenOrOpening(menu[0])).as("before it is shown").isFalse();
            PopupInvoker.show(menu[0], new Point(300, 300));
            // Still on the event thread: nothing is on screen yet, the menu is on its way.
            openingAtOnce.set(!menu[0].isVisible() && PopupInvoker.isOpenOrOpening(menu[0]));
        });
        assertThat(openingAtOnce).as("opening, before the window manager has mapped anything").isTrue();

        awaitOnEdt(() -> menu[0].isVisible(), "the menu to be shown");
        assertThat(onEdt(() -> PopupInvoker.isOpenOrOpening(menu[0]))).as("while shown").isTrue();

        SwingUtilities.invokeAndWait(() -> menu[0].setVisible(false));
        assertThat(onEdt(() -> PopupInvoker.isOpenOrOpening(menu[0]))).as("once closed").isFalse();
        assertThat(valueOnEdt(() -> menu[0].getClientProperty("deskbreak.popupInvoker")))
                .as("the closed menu keeps no window").isNull();
    }

    private static boolean onEdt(java.util.function.BooleanSupplier check) throws Exception {
        boolean[] result = new boolean[1];
        SwingUtilities.invokeAndWait(() -> result[0] = check.getAsBoolean());
        return result[0];
    }

    private static Object valueOnEdt(java.util.function.Supplier<Object> get) throws Exception {
        Object[] result = new Object[1];
        SwingUtilities.invokeAndWait(() -> result[0] = get.get());
        return result[0];
    }

    private static void awaitOnEdt(java.util.function.BooleanSupplier check, String what) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onEdt(check)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
