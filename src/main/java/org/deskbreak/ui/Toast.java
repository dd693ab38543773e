package org.deskbreak.ui;

import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JWindow;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * A small heads-up in the tray corner that never takes focus and goes away by itself; used
 * where the tray cannot show a notification of its own.
 */
public final class Toast {

    static final int SHOW_MS = 6000;
    /** Long texts wrap at a readable width instead of making a screen-wide strip. */
    static final int WRAP_AFTER_CHARS = 60;

    /** Long enough to read: six seconds, plus time for longer texts, at most twenty. */
    static int showMillis(String text) {
        return Math.min(20_000, Math.max(SHOW_MS, text.length() * 70));
    }

    private static String wrapped(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><body style='width:300px'>" + escaped + "</body></html>";
    }

    private JWindow window;
    private Timer hideTimer;

    /** Shows {@code text}, replacing any toast still on screen. Event thread. */
    public void show(String title, String text, Point trayHint) {
        Edt.check();
        close();
        window = new JWindow();
        window.setType(Window.Type.POPUP);
        window.setFocusableWindowState(false);
        window.setAutoRequestFocus(false);
        window.setAlwaysOnTop(true);
        JPanel panel = new JPanel(new BorderLayout(0, 2));
        panel.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 4, 1, 1, AppTheme.accentGraphic()),
                BorderFactory.createEmptyBorder(8, 12, 8, 14)));
        JLabel heading = new JLabel(title);
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        JLabel body = new JLabel(text.length() > WRAP_AFTER_CHARS ? wrapped(text) : text);
        body.setForeground(UIManager.getColor("Label.foreground"));
        panel.add(heading, BorderLayout.NORTH);
        panel.add(body, BorderLayout.CENTER);
        window.setContentPane(panel);
        window.pack();
        ScreenCorner.place(window, trayHint);
        window.setVisible(true);
        hideTimer = new Timer(showMillis(text), e -> close());
        hideTimer.setRepeats(false);
        hideTimer.start();
    }

    public void close() {
        Edt.check();
        if (hideTimer != null) {
            hideTimer.stop();
            hideTimer = null;
        }
        if (window != null) {
            window.dispose();
            window = null;
        }
    }
}
