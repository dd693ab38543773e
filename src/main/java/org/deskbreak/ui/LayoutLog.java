package org.deskbreak.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import javax.swing.AbstractButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At debug level, writes where the buttons and menu items of a window just shown are on screen.
 * It only reads: a person chasing a layout problem, and the desktop tests that click the real
 * buttons with xdotool, read it from the log.
 */
public final class LayoutLog {

    private static final Logger log = LoggerFactory.getLogger(LayoutLog.class);

    private LayoutLog() {
    }

    /** Logs once the window has been laid out and placed. Event thread. */
    public static void later(String what, Container root) {
        if (log.isDebugEnabled()) {
            Edt.later(() -> write(what, root));
        }
    }

    /** Logs that a window or menu shown with {@link #later} went away again. */
    public static void hidden(String what) {
        log.debug("hidden {}", what);
    }

    private static void write(String what, Container root) {
        if (!root.isShowing()) {
            return;
        }
        walk(what, root);
    }

    private static void walk(String what, Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && b.isShowing()) {
                Point p = b.getLocationOnScreen();
                log.debug("layout {} '{}' at {},{} size {}x{} enabled={}", what, b.getText(), p.x, p.y,
                        b.getWidth(), b.getHeight(), b.isEnabled());
            }
            if (child instanceof Container inner) {
                walk(what, inner);
            }
        }
    }
}
