package org.deskbreak.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.Point;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.deskbreak.core.PlannerState;

/**
 * Takes the tray icon's place when there is no tray (or with {@code --no-tray}): the same
 * status and actions in a small window. Closing it minimises; Quit leaves.
 */
public final class StatusWindow implements Presence {

    private final BreakActions actions;
    private final Messages messages;
    private final StatusText text;
    private final AppIcons icons;
    private final Supplier<PlannerState> state;
    private final String why;
    private final Toast toast = new Toast();

    private JFrame frame;
    private StatusPanel panel;

    /** @param whyKey the message that says once why there is a window instead of a tray icon */
    public StatusWindow(BreakActions actions, Messages messages, StatusText text, AppIcons icons,
                        Supplier<PlannerState> state, String whyKey) {
        this.actions = actions;
        this.messages = messages;
        this.text = text;
        this.icons = icons;
        this.state = state;
        this.why = messages.text(whyKey);
    }

    @Override
    public void show(PlannerState s) {
        Edt.check();
        if (panel != null) {
            panel.render(s);
        }
    }

    @Override
    public void headsUp(String title, String body) {
        Edt.check();
        toast.show(title, body, null);
    }

    @Override
    public void dismissHeadsUp() {
        Edt.check();
        toast.close();
    }

    @Override
    public void showStatus() {
        Edt.check();
        if (frame == null) {
            frame = build();
            frame.pack();
            frame.setLocationRelativeTo(null);
        }
        frame.setExtendedState(Frame.NORMAL);
        frame.setVisible(true);
        frame.toFront();
        LayoutLog.later("status", frame.getContentPane());
    }

    @Override
    public Optional<Point> trayHint() {
        Edt.check();
        return Optional.empty();
    }

    @Override
    public void remove() {
        Edt.check();
        toast.close();
        if (frame != null) {
            frame.dispose();
            frame = null;
            panel = null;
        }
    }

    private JFrame build() {
        JFrame f = new JFrame(messages.text("status.window"));
        f.setIconImages(icons.windowIcons());
        f.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        f.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                minimise();
            }

            @Override
            public void windowIconified(WindowEvent e) {
                ticking(false);
            }

            @Override
            public void windowDeiconified(WindowEvent e) {
                ticking(true);
            }
        });
        panel = new StatusPanel(actions, messages, text, state);
        JLabel note = new JLabel("<html><body style='width:330px'>" + escape(why) + "</body></html>");
        note.setForeground(AppTheme.secondaryText());
        note.setBorder(BorderFactory.createEmptyBorder(12, 14, 0, 14));
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 8));
        // FlowLayout leaves one gap at the edge; with this the buttons line up with the text above.
        bottom.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
        bottom.add(button("status.stats", actions::openStats));
        bottom.add(button("status.settings", actions::openSettings));
        bottom.add(button("status.about", actions::openAbout));
        bottom.add(button("status.quit", actions::quit));
        JPanel root = new JPanel(new BorderLayout());
        root.add(note, BorderLayout.NORTH);
        root.add(panel, BorderLayout.CENTER);
        root.add(bottom, BorderLayout.SOUTH);
        f.setContentPane(root);
        return f;
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton(messages.text(key));
        b.addActionListener(e -> action.run());
        return b;
    }

    private void minimise() {
        frame.setExtendedState(Frame.ICONIFIED);
    }

    private void ticking(boolean on) {
        if (panel != null) {
            panel.setTicking(on);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
