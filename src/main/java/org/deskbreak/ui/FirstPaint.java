package org.deskbreak.ui;

import java.awt.Graphics;
import java.awt.Window;
import java.util.function.LongSupplier;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once in the log when a window was first painted, with the wall-clock millisecond: the end
 * of the way from a break falling due, or a click on Start, to something on screen, which
 * {@code bench/latency} measures. One per window: the window's root pane reports after it painted,
 * and every paint after the first costs one test of a boolean. No timer, no polling.
 */
public final class FirstPaint {

    private static final Logger log = LoggerFactory.getLogger(FirstPaint.class);

    private final String what;
    private final LongSupplier wallMillis;
    private boolean painted;

    /** @param what the window's name in the log line: {@code first paint WHAT at MILLIS} */
    public FirstPaint(String what) {
        this(what, System::currentTimeMillis);
    }

    FirstPaint(String what, LongSupplier wallMillis) {
        this.what = what;
        this.wallMillis = wallMillis;
    }

    /** A frame whose painting is reported here, whatever content pane it is given. */
    public JFrame frame() {
        return new JFrame() {
            @Override
            protected JRootPane createRootPane() {
                return rootPane();
            }
        };
    }

    /** A dialog whose painting is reported here. */
    public JDialog dialog(Window owner, String title) {
        return new JDialog(owner, title) {
            @Override
            protected JRootPane createRootPane() {
                return rootPane();
            }
        };
    }

    /** The root pane JFrame and JDialog make by default, telling {@link #painted} after each paint. */
    JRootPane rootPane() {
        JRootPane root = new JRootPane() {
            @Override
            public void paint(Graphics g) {
                super.paint(g);
                painted();
            }
        };
        root.setOpaque(true);
        return root;
    }

    /** The window has painted; only the first time is logged. Event thread. */
    void painted() {
        if (painted) {
            return;
        }
        painted = true;
        log.info("first paint {} at {}", what, wallMillis.getAsLong());
    }
}
