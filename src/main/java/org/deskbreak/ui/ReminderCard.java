package org.deskbreak.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.FlowLayout;
import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.border.Border;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerState;

/**
 * "Time for a 2-minute wall routine" with Start, Snooze and Skip. It appears in the tray corner
 * without taking keyboard focus, so whoever is typing elsewhere loses no keystroke; once clicked
 * it accepts focus, and then Enter starts and Esc snoozes. It stays until acted upon.
 */
public final class ReminderCard {

    static final int PULSE_STEP_MS = 150;
    static final int PULSE_STEPS = 8;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReminderCard.class);

    private final BreakActions actions;
    private final Messages messages;
    private final StatusText text;
    private final AppIcons icons;
    private final Supplier<PlannerState> state;
    private final java.util.List<String> routineIds;
    private JLabel title;
    private JLabel subtitle;
    private JButton startMore;

    private JDialog window;
    private JPanel content;
    private JButton snooze;
    private JButton snoozeMore;
    private Timer pulse;

    public ReminderCard(BreakActions actions, Messages messages, StatusText text, AppIcons icons,
                        Supplier<PlannerState> state) {
        this(actions, messages, text, icons, state, java.util.List.of(Defaults.ROUTINE_ID));
    }

    /** @param routineIds the routines Start ▾ offers, in order */
    public ReminderCard(BreakActions actions, Messages messages, StatusText text, AppIcons icons,
                        Supplier<PlannerState> state, java.util.List<String> routineIds) {
        this.routineIds = java.util.List.copyOf(routineIds);
        this.actions = actions;
        this.messages = messages;
        this.text = text;
        this.icons = icons;
        this.state = state;
    }

    /** Shows the card, or brings it back to the front. Event thread. */
    public void show(Point trayHint) {
        Edt.check();
        if (window == null) {
            window = build();
        }
        refresh(state.get());
        window.pack();
        ScreenCorner.place(window, trayHint);
        window.setVisible(true);
        window.toFront();
        log.info("reminder card shown");
        LayoutLog.later("card", window.getContentPane());
    }

    /**
     * Builds a card off screen, draws it into an image and lets it go, a little before a break: the
     * first card of a run then finds its classes loaded and its drawing code run, and reaches the
     * screen at once when due. Nothing is shown and nothing is kept. Event thread.
     */
    public void prepare() {
        Edt.check();
        if (window != null) {
            return;
        }
        long start = System.nanoTime();
        JDialog w = build();
        try {
            refresh(state.get());
            w.pack();
            OffScreen.draw(content);
        } finally {
            w.dispose();
            forget();
        }
        log.debug("reminder card prepared in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** A gentle reminder that the card is still waiting: to the front, without focus, a short pulse. */
    public void nudge() {
        Edt.check();
        if (window == null) {
            return;
        }
        log.info("reminder card nudged");
        window.toFront();
        startPulse();
    }

    public boolean isShowing() {
        Edt.check();
        return window != null && window.isVisible();
    }

    /** Follows the planner: the card goes once the break is no longer due. */
    public void update(PlannerState s) {
        Edt.check();
        if (window == null) {
            return;
        }
        if (s.phase() != Phase.DUE) {
            close();
        } else {
            refresh(s);
        }
    }

    public void close() {
        Edt.check();
        if (pulse != null) {
            pulse.stop();
            pulse = null;
        }
        if (window != null) {
            window.dispose();
            window = null;
        }
        forget();
    }

    /** Lets go of the parts of a card gone: nothing of it is held between breaks. */
    private void forget() {
        content = null;
        title = null;
        subtitle = null;
        startMore = null;
        snooze = null;
        snoozeMore = null;
    }

    private JDialog build() {
        JDialog w = new FirstPaint("card").dialog(null, messages.text("card.window"));
        w.setUndecorated(true);
        w.setType(Window.Type.UTILITY);
        w.setFocusableWindowState(false);
        w.setAutoRequestFocus(false);
        w.setAlwaysOnTop(true);
        w.setIconImages(icons.windowIcons());
        w.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);

        content = new JPanel(new BorderLayout(14, 0));
        content.setBorder(frame(AppTheme.accentGraphic()));
        JLabel icon = new JLabel(new ImageIcon(icons.image(AppIcons.Look.DUE, 48)));
        icon.setVerticalAlignment(JLabel.TOP);
        content.add(icon, BorderLayout.WEST);

        JPanel body = new JPanel();
        body.setOpaque(false);
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        title = new JLabel();
        title.setName("cardTitle");
        title.putClientProperty("FlatLaf.styleClass", "h3");
        subtitle = new JLabel();
        subtitle.setForeground(AppTheme.secondaryText());
        body.add(title);
        body.add(Box.createVerticalStrut(4));
        body.add(subtitle);
        body.add(Box.createVerticalStrut(12));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.setAlignmentX(Component.LEFT_ALIGNMENT);
        JButton start = new JButton(messages.text("card.start"));
        start.putClientProperty("JButton.buttonType", null);
        start.setBackground(AppTheme.accentButton());
        start.setForeground(Color.WHITE);
        start.addActionListener(e -> startClicked(e.getWhen()));
        startMore = new JButton("▾");
        startMore.setName("startMore");
        startMore.setToolTipText(messages.text("card.start.more"));
        startMore.addActionListener(e -> showRoutineChoices());
        snooze = new JButton();
        snooze.addActionListener(e -> snoozePressed());
        snoozeMore = new JButton("▾");
        snoozeMore.setToolTipText(messages.text("card.snooze.more"));
        snoozeMore.addActionListener(e -> showSnoozeChoices());
        JButton skip = new JButton(messages.text("card.skip"));
        skip.addActionListener(e -> skipPressed());
        buttons.add(start);
        buttons.add(Box.createHorizontalStrut(2));
        buttons.add(startMore);
        buttons.add(Box.createHorizontalStrut(8));
        buttons.add(snooze);
        buttons.add(Box.createHorizontalStrut(2));
        buttons.add(snoozeMore);
        buttons.add(Box.createHorizontalStrut(8));
        buttons.add(skip);
        body.add(buttons);
        title.setAlignmentX(Component.LEFT_ALIGNMENT);
        subtitle.setAlignmentX(Component.LEFT_ALIGNMENT);
        content.add(body, BorderLayout.CENTER);
        w.setContentPane(content);

        JComponent root = w.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "start");
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "snooze");
        root.getActionMap().put("start", action(this::startPressed));
        root.getActionMap().put("snooze", action(this::snoozePressed));
        listenForClicks(w.getContentPane());
        w.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentMoved(java.awt.event.ComponentEvent e) {
                LayoutLog.later("card", w.getContentPane());
            }
        });
        return w;
    }

    private void refresh(PlannerState s) {
        if (snooze == null) {
            return;
        }
        String routine = s.settings().routineId();
        title.setText(messages.text("card.title", Defaults.ROUTINE_LENGTH.toMinutes(), messages.routineName(routine)));
        subtitle.setText(messages.text("routine." + routine + ".subtitle"));
        snooze.setText(messages.text("card.snooze", s.settings().snoozeLength().toMinutes()));
        MenuChoices choices = MenuChoices.of(s);
        snooze.setEnabled(choices.canSnooze());
        snoozeMore.setEnabled(choices.canSnooze());
        String reason = choices.snoozeRefusal().map(text::reason).orElse(null);
        snooze.setToolTipText(reason);
    }

    /** Focus is accepted only after the user reached for the card. */
    private void becomeFocusable() {
        if (window != null && !window.getFocusableWindowState()) {
            window.setFocusableWindowState(true);
            window.toFront();
            window.requestFocus();
        }
    }

    private void listenForClicks(Component c) {
        c.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                becomeFocusable();
            }
        });
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                listenForClicks(child);
            }
        }
    }

    private void startPressed() {
        actions.startRoutine();
    }

    /** The instant of the click, from the toolkit's event: where the way to the routine window starts. */
    private void startClicked(long when) {
        log.info("card Start clicked at {}", when);
        startPressed();
    }

    private void snoozePressed() {
        if (snooze != null && snooze.isEnabled()) {
            actions.snooze();
        }
    }

    private void skipPressed() {
        actions.skip();
    }

    /** The other routines, ticked at the chosen one: picking one makes it the routine and starts it. */
    private void showRoutineChoices() {
        JPopupMenu menu = new JPopupMenu();
        String chosen = state.get().settings().routineId();
        for (String id : routineIds) {
            javax.swing.JCheckBoxMenuItem item = new javax.swing.JCheckBoxMenuItem(messages.text("routine." + id + ".label"),
                    id.equals(chosen));
            item.addActionListener(e -> actions.startRoutine(id));
            menu.add(item);
        }
        menu.show(startMore, 0, startMore.getHeight());
    }

    private void showSnoozeChoices() {
        JPopupMenu menu = new JPopupMenu();
        for (int minutes : Defaults.SNOOZE_CHOICES_MINUTES) {
            JMenuItem item = new JMenuItem(messages.text("menu.snooze.minutes", minutes));
            item.addActionListener(e -> actions.snoozeMinutes(minutes));
            menu.add(item);
        }
        menu.show(snoozeMore, 0, snoozeMore.getHeight());
    }

    private void startPulse() {
        if (pulse != null) {
            pulse.stop();
        }
        int[] step = {0};
        pulse = new Timer(PULSE_STEP_MS, e -> pulseStep(step));
        pulse.start();
    }

    private void pulseStep(int[] step) {
        step[0]++;
        boolean done = step[0] >= PULSE_STEPS;
        content.setBorder(frame(done || step[0] % 2 == 0 ? AppTheme.accentGraphic() : AppTheme.dueGraphic()));
        if (done && pulse != null) {
            pulse.stop();
            pulse = null;
        }
    }

    private static Border frame(Color accent) {
        return BorderFactory.createCompoundBorder(
                BorderFactory.createCompoundBorder(
                        BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor"), 1),
                        BorderFactory.createMatteBorder(0, 5, 0, 0, accent)),
                BorderFactory.createEmptyBorder(14, 14, 14, 18));
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                r.run();
            }
        };
    }
}
