package org.deskbreak.routine;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.deskbreak.core.Planner;

/** The routine window: renders the session's state; one timer runs only while it is open. */
final class RoutineWindow {

    private final Planner planner;
    private final RoutineSession session;
    private final Runnable onClosed;
    private final ResourceBundle texts = ResourceBundle.getBundle("org.deskbreak.routine.routine");
    private final JFrame frame = new JFrame();
    private final JLabel picture = new JLabel("", SwingConstants.CENTER);
    private final JLabel title = new JLabel("", SwingConstants.CENTER);
    private final JLabel text = new JLabel("", SwingConstants.CENTER);
    private final JLabel countdown = new JLabel("", SwingConstants.CENTER);
    private final JLabel breath = new JLabel(" ", SwingConstants.CENTER);
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton pause = new JButton();
    private final Timer timer = new Timer(200, e -> tick());
    private boolean ended;

    RoutineWindow(Planner planner, RoutineSession session, Runnable onClosed) {
        this.planner = planner;
        this.session = session;
        this.onClosed = onClosed;
    }

    void open() {
        frame.setTitle(texts.getString(session.routine().titleKey()));
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                finish();
            }
        });
        title.setFont(title.getFont().deriveFont(Font.BOLD, 22f));
        countdown.setFont(countdown.getFont().deriveFont(Font.BOLD, 28f));
        JPanel center = new JPanel();
        center.setLayout(new javax.swing.BoxLayout(center, javax.swing.BoxLayout.Y_AXIS));
        for (JComponent c : new JComponent[] {picture, title, text, countdown, breath, progress}) {
            c.setAlignmentX(0.5f);
            center.add(c);
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 8));
        buttons.add(button("window.back", this::back));
        buttons.add(pause);
        pause.addActionListener(e -> togglePause());
        buttons.add(button("window.next", this::next));
        buttons.add(button("window.snooze", this::snooze));
        buttons.add(button("window.finish", this::finish));
        JPanel root = new JPanel(new BorderLayout(0, 12));
        root.setBorder(BorderFactory.createEmptyBorder(20, 24, 16, 24));
        root.add(center, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        frame.setContentPane(root);
        key(root, "SPACE", this::togglePause);
        key(root, "LEFT", this::back);
        key(root, "RIGHT", this::next);
        key(root, "ESCAPE", this::finish);
        frame.setMinimumSize(new java.awt.Dimension(420, 520));
        frame.setSize(480, 600);
        placeOnMouseScreen();
        render();
        frame.setVisible(true);
        timer.start();
    }

    /** Opens where the user is looking: centred on the mouse's screen, inside its usable area. */
    private void placeOnMouseScreen() {
        java.awt.PointerInfo pointer = java.awt.MouseInfo.getPointerInfo();
        if (pointer == null) {
            frame.setLocationRelativeTo(null);
            return;
        }
        java.awt.GraphicsConfiguration gc = pointer.getDevice().getDefaultConfiguration();
        java.awt.Rectangle b = gc.getBounds();
        java.awt.Insets in = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(gc);
        java.awt.Rectangle usable = new java.awt.Rectangle(b.x + in.left, b.y + in.top,
                b.width - in.left - in.right, b.height - in.top - in.bottom);
        int w = Math.min(frame.getWidth(), usable.width);
        int h = Math.min(frame.getHeight(), usable.height);
        frame.setBounds(usable.x + (usable.width - w) / 2, usable.y + (usable.height - h) / 2, w, h);
    }

    void toFront() {
        frame.toFront();
        frame.requestFocus();
    }

    void dispose() {
        timer.stop();
        frame.dispose();
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton(texts.getString(key));
        b.addActionListener(e -> action.run());
        return b;
    }

    private void key(JComponent root, String stroke, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(stroke), stroke);
        root.getActionMap().put(stroke, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    private void tick() {
        session.update();
        render();
    }

    private void render() {
        if (ended) {
            return;
        }
        if (session.finished()) {
            showDone();
            return;
        }
        RoutineStep step = session.currentStep();
        picture.setIcon(new FlatSVGIcon(RoutineLoader.illustrationPath(step.illustration()).substring(1), 220, 220));
        title.setText(texts.getString(step.titleKey()));
        text.setText("<html><div style='text-align:center;width:300px'>" + texts.getString(step.textKey()) + "</div></html>");
        Duration left = session.remainingInStep().plusMillis(999);
        countdown.setText(String.format("%d:%02d", left.toMinutes(), left.toSecondsPart()));
        breath.setText(step.hold() ? texts.getString(breathingIn(session.elapsedInStep()) ? "window.breatheIn" : "window.breatheOut") : " ");
        progress.setValue((int) Math.round(session.progress() * 1000));
        pause.setText(texts.getString(session.paused() ? "window.resume" : "window.pause"));
    }

    /** A slow ten-second breath: four seconds in, six out. */
    static boolean breathingIn(Duration elapsed) {
        return elapsed.toMillis() % 10_000 < 4_000;
    }

    private void showDone() {
        ended = true;
        timer.stop();
        planner.finishRoutine(true);
        String at = planner.snapshot().nextBreakAt()
                .map(t -> DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(t)).orElse("\u2014");
        JPanel root = new JPanel(new BorderLayout(0, 16));
        root.setBorder(BorderFactory.createEmptyBorder(40, 24, 24, 24));
        JLabel done = new JLabel(MessageFormat.format(texts.getString("window.done"), at), SwingConstants.CENTER);
        done.setFont(done.getFont().deriveFont(Font.BOLD, 20f));
        root.add(done, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER));
        buttons.add(button("window.close", this::closeWindow));
        root.add(buttons, BorderLayout.SOUTH);
        key(root, "ESCAPE", this::closeWindow);
        frame.setContentPane(root);
        frame.revalidate();
        frame.repaint();
    }

    private void togglePause() {
        if (session.paused()) {
            session.resume();
        } else {
            session.pause();
        }
        render();
    }

    private void back() {
        session.back();
        render();
    }

    private void next() {
        session.next();
        render();
    }

    private void snooze() {
        if (planner.snooze().isOk()) {
            closeWindow();
        }
    }

    private void finish() {
        if (!ended) {
            ended = true;
            planner.finishRoutine(false);
        }
        closeWindow();
    }

    private void closeWindow() {
        dispose();
        onClosed.run();
    }
}
