package org.deskbreak.ui;

import java.awt.Component;
import java.awt.FlowLayout;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.Timer;
import org.deskbreak.core.Pause;
import org.deskbreak.core.PlannerState;

/**
 * Next-break countdown, today's counts and the main buttons; shown in the tray's status popup
 * and in the status window. The countdown ticks only while the panel is on screen.
 */
public final class StatusPanel extends JPanel {

    static final int TICK_MS = 1000;

    private final transient BreakActions actions;
    private final transient Messages messages;
    private final transient StatusText text;
    private final transient Supplier<PlannerState> state;
    private final JLabel headline = new JLabel();
    private final JLabel today = new JLabel();
    private final JLabel snoozes = new JLabel();
    private final JButton start;
    private final JButton snooze;
    private final JButton pause;
    private final JButton resume;
    private final Timer ticker;

    public StatusPanel(BreakActions actions, Messages messages, StatusText text, Supplier<PlannerState> state) {
        this.actions = actions;
        this.messages = messages;
        this.text = text;
        this.state = state;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        headline.putClientProperty("FlatLaf.styleClass", "h3");
        today.setForeground(AppTheme.secondaryText());
        snoozes.setForeground(AppTheme.secondaryText());
        start = button("status.start", this::startPressed);
        snooze = button("status.snooze", this::snoozePressed);
        pause = button("status.pause", this::showPauseChoices);
        resume = button("status.resume", this::resumePressed);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.add(start);
        buttons.add(Box.createHorizontalStrut(6));
        buttons.add(snooze);
        buttons.add(Box.createHorizontalStrut(6));
        buttons.add(pause);
        buttons.add(Box.createHorizontalStrut(6));
        buttons.add(resume);
        for (Component c : new Component[] {headline, today, snoozes, buttons}) {
            ((javax.swing.JComponent) c).setAlignmentX(Component.LEFT_ALIGNMENT);
        }
        add(headline);
        add(Box.createVerticalStrut(4));
        add(today);
        add(snoozes);
        add(Box.createVerticalStrut(12));
        add(buttons);
        ticker = new Timer(TICK_MS, e -> refresh());
        render(state.get());
    }

    @Override
    public void addNotify() {
        super.addNotify();
        ticker.start();
    }

    @Override
    public void removeNotify() {
        ticker.stop();
        super.removeNotify();
    }

    /** Stops the countdown while the window is minimised; it resumes on {@link #refresh()} callers' request. */
    public void setTicking(boolean on) {
        if (on) {
            refresh();
            ticker.start();
        } else {
            ticker.stop();
        }
    }

    public void refresh() {
        render(state.get());
    }

    public void render(PlannerState s) {
        headline.setText(text.headline(s));
        today.setText(text.todayLine(s));
        snoozes.setText(text.snoozesLeft(s));
        MenuChoices choices = MenuChoices.of(s);
        start.setEnabled(choices.canStart());
        snooze.setEnabled(choices.canSnooze());
        snooze.setToolTipText(choices.snoozeRefusal().map(text::reason).orElse(null));
        resume.setEnabled(choices.canResume());
        resume.setToolTipText(choices.resumeRefusal().map(text::reason).orElse(null));
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton(messages.text(key));
        b.addActionListener(e -> action.run());
        return b;
    }

    private void startPressed() {
        actions.startRoutine();
        refresh();
    }

    private void snoozePressed() {
        actions.snooze();
        refresh();
    }

    private void resumePressed() {
        actions.resume();
        refresh();
    }

    private void showPauseChoices() {
        JPopupMenu menu = new JPopupMenu();
        PauseChoices.addTo(menu, messages, this::pauseChosen);
        menu.show(pause, 0, pause.getHeight());
    }

    private void pauseChosen(Pause how) {
        actions.pause(how);
        refresh();
    }

    /** The pause lengths offered everywhere. */
    public static final class PauseChoices {
        private PauseChoices() {
        }

        public static void addTo(java.awt.Container menu, Messages messages, java.util.function.Consumer<Pause> chosen) {
            for (MenuModel.Entry e : MenuModel.pauseChoices(messages)) {
                e.command().filter(MenuModel.Command.PauseFor.class::isInstance).map(MenuModel.Command.PauseFor.class::cast)
                        .ifPresent(c -> add(menu, e.label(), () -> chosen.accept(c.how())));
            }
        }

        private static void add(java.awt.Container menu, String label, Runnable r) {
            JMenuItem item = new JMenuItem(label);
            item.addActionListener(e -> r.run());
            menu.add(item);
        }
    }
}
