package org.deskbreak.ui;

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsChange;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.Theme;
import org.deskbreak.core.Timing;

/**
 * Edits a copy of the settings; Save hands back what the user changed in it, to be applied onto
 * the settings in force by then (a command or a hand edit made meanwhile stays). Cancel forgets it.
 */
public final class SettingsWindow {

    private final Messages messages;
    private final AppIcons icons;

    private JDialog dialog;
    private JSpinner interval;
    private JSpinner snoozeLength;
    private JSpinner snoozeLimit;
    private JSpinner notice;
    private JSpinner idleReset;
    private JCheckBox waitWhileBusy;
    private JSpinner busyLimit;
    private JCheckBox waitForTypingPause;
    private JCheckBox sound;
    private JComboBox<Theme> theme;
    private JCheckBox startAtLogin;
    private JLabel problem;
    private final java.util.List<String> routineIds;
    private JComboBox<String> routine;
    private JSpinner volume;
    private JCheckBox speak;

    public SettingsWindow(Messages messages, AppIcons icons) {
        this(messages, icons, java.util.List.of(Defaults.ROUTINE_ID));
    }

    /** @param routineIds the routines to choose from, in order */
    public SettingsWindow(Messages messages, AppIcons icons, java.util.List<String> routineIds) {
        this.messages = messages;
        this.icons = icons;
        this.routineIds = java.util.List.copyOf(routineIds);
    }

    /**
     * Opens the window on {@code current}, or brings it forward when already open. Event thread.
     * {@code save} gets the user's changes and says when they are written; when it fails with
     * {@link SettingsNotSaved} the window stays open and shows why.
     */
    public void open(Settings current, Function<UnaryOperator<Settings>, CompletionStage<?>> save) {
        if (dialog != null) {
            dialog.toFront();
            return;
        }
        dialog = build(current, save);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);
    }

    public boolean isOpen() {
        return dialog != null;
    }

    public void close() {
        if (dialog != null) {
            dialog.dispose();
            dialog = null;
        }
    }

    /** The edited copy: {@code base} with every field of the form applied. */
    Settings edited(Settings base) {
        return base
                .withInterval(Duration.ofMinutes(((Number) interval.getValue()).longValue()))
                .withSnoozeLength(Duration.ofMinutes(((Number) snoozeLength.getValue()).longValue()))
                .withSnoozeLimitPerDay(((Number) snoozeLimit.getValue()).intValue())
                .withPreBreakNotice(Duration.ofSeconds(((Number) notice.getValue()).longValue()))
                .withIdleReset(Duration.ofMinutes(((Number) idleReset.getValue()).longValue()))
                .withTiming(new Timing(waitWhileBusy.isSelected(),
                        Duration.ofMinutes(((Number) busyLimit.getValue()).longValue()), waitForTypingPause.isSelected()))
                .withSound(sound.isSelected())
                .withTheme((Theme) theme.getSelectedItem())
                .withRoutineId((String) routine.getSelectedItem())
                .withVolume(((Number) volume.getValue()).intValue())
                .withSpeak(speak.isSelected())
                .withStartAtLogin(startAtLogin.isSelected());
    }

    private JDialog build(Settings current, Function<UnaryOperator<Settings>, CompletionStage<?>> save) {
        JDialog d = new JDialog((java.awt.Window) null, messages.text("settings.window"));
        d.setIconImages(icons.windowIcons());
        d.setModal(false);
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        d.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                forget(d);
            }
        });

        interval = spinner(current.interval().toMinutes(), Defaults.INTERVAL.min().toMinutes(), Defaults.INTERVAL.max().toMinutes());
        snoozeLength = spinner(current.snoozeLength().toMinutes(), Defaults.SNOOZE_LENGTH.min().toMinutes(), Defaults.SNOOZE_LENGTH.max().toMinutes());
        snoozeLimit = spinner(current.snoozeLimitPerDay(), Defaults.SNOOZE_LIMIT_MIN, Defaults.SNOOZE_LIMIT_MAX);
        notice = spinner(current.preBreakNotice().toSeconds(), Defaults.PRE_BREAK_NOTICE.min().toSeconds(), Defaults.PRE_BREAK_NOTICE.max().toSeconds());
        idleReset = spinner(current.idleReset().toMinutes(), Defaults.IDLE_RESET.min().toMinutes(), Defaults.IDLE_RESET.max().toMinutes());
        waitWhileBusy = new JCheckBox(messages.text("settings.waitWhileBusy"), current.timing().waitWhileBusy());
        waitWhileBusy.setName("waitWhileBusy");
        waitWhileBusy.setToolTipText(messages.text("settings.waitWhileBusy.tip"));
        busyLimit = spinner(current.timing().busyLimit().toMinutes(), Defaults.BUSY_LIMIT.min().toMinutes(),
                Defaults.BUSY_LIMIT.max().toMinutes());
        busyLimit.setName("busyLimit");
        busyLimit.setEnabled(waitWhileBusy.isSelected());
        waitWhileBusy.addItemListener(e -> busyLimit.setEnabled(waitWhileBusy.isSelected()));
        waitForTypingPause = new JCheckBox(messages.text("settings.waitForTypingPause"),
                current.timing().waitForTypingPause());
        waitForTypingPause.setName("waitForTypingPause");
        waitForTypingPause.setToolTipText(messages.text("settings.waitForTypingPause.tip"));
        sound = new JCheckBox(messages.text("settings.sound"), current.sound());
        theme = new JComboBox<>(Theme.values());
        theme.setSelectedItem(current.theme());
        theme.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, messages.text("theme." + value), index, selected, focus);
            }
        });
        startAtLogin = new JCheckBox(messages.text("settings.startAtLogin"), current.startAtLogin());
        buildRoutineFields(current);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(16, 18, 8, 18));
        int row = 0;
        row = addRow(form, row, "settings.interval", interval, "settings.unit.minutes");
        row = addRow(form, row, "settings.snoozeLength", snoozeLength, "settings.unit.minutes");
        row = addRow(form, row, "settings.snoozeLimit", snoozeLimit, null);
        row = addRow(form, row, "settings.notice", notice, "settings.unit.seconds");
        row = addRow(form, row, "settings.idleReset", idleReset, "settings.unit.minutes");
        row = addWide(form, row, waitWhileBusy);
        row = addRow(form, row, "settings.busyLimit", busyLimit, "settings.unit.minutes");
        row = addWide(form, row, waitForTypingPause);
        row = addRow(form, row, "settings.theme", theme, null);
        row = addWide(form, row, sound);
        row = addRoutineRows(form, row);
        addWide(form, row, startAtLogin);

        JButton saveButton = new JButton(messages.text("settings.save"));
        saveButton.addActionListener(e -> savePressed(current, save, saveButton));
        JButton cancel = new JButton(messages.text("settings.cancel"));
        cancel.addActionListener(e -> close());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 12));
        buttons.add(saveButton);
        buttons.add(cancel);
        d.getRootPane().setDefaultButton(saveButton);
        d.getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        problem = new JLabel();
        problem.setName("problem");
        problem.setForeground(javax.swing.UIManager.getColor("Actions.Red") != null
                ? javax.swing.UIManager.getColor("Actions.Red") : java.awt.Color.RED.darker());
        problem.setBorder(BorderFactory.createEmptyBorder(0, 18, 0, 18));
        problem.setVisible(false);
        JPanel south = new JPanel(new java.awt.BorderLayout());
        south.add(problem, java.awt.BorderLayout.NORTH);
        south.add(buttons, java.awt.BorderLayout.SOUTH);

        JPanel root = new JPanel(new java.awt.BorderLayout());
        root.add(form, java.awt.BorderLayout.CENTER);
        root.add(south, java.awt.BorderLayout.SOUTH);
        d.setContentPane(root);
        return d;
    }

    /**
     * Only the fields changed in the form travel: the rest is whatever is in force when saved. The
     * window stays until the save is done, and stays open with the reason when it failed.
     */
    private void savePressed(Settings shown, Function<UnaryOperator<Settings>, CompletionStage<?>> save,
                             JButton saveButton) {
        UnaryOperator<Settings> changes = SettingsChange.between(shown, edited(shown));
        JDialog saving = dialog;
        saveButton.setEnabled(false);
        save.apply(changes).whenComplete((ignored, failure) -> Edt.later(() -> saveFinished(saving, saveButton, failure)));
    }

    private void saveFinished(JDialog saving, JButton saveButton, Throwable failure) {
        if (dialog != saving) {
            return;  // closed meanwhile
        }
        if (failure == null) {
            close();
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        showProblem(cause instanceof SettingsNotSaved ? cause.getMessage()
                : messages.text("settings.saveFailed", String.valueOf(cause.getMessage())));
        saveButton.setEnabled(true);
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        dialog.pack();
    }

    private void forget(JDialog closed) {
        if (dialog == closed) {
            dialog = null;
        }
    }

    /** The routine, its volume and its voice. */
    private void buildRoutineFields(Settings current) {
        java.util.List<String> ids = new java.util.ArrayList<>(routineIds);
        if (!ids.contains(current.routineId())) {
            ids.add(current.routineId());  // a routine named by hand in the file stays chosen
        }
        routine = new JComboBox<>(ids.toArray(String[]::new));
        routine.setName("routine");
        routine.setSelectedItem(current.routineId());
        routine.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, messages.text("routine." + value + ".label"), index,
                        selected, focus);
            }
        });
        volume = spinner(current.volume(), Defaults.VOLUME_MIN, Defaults.VOLUME_MAX);
        volume.setName("volume");
        speak = new JCheckBox(messages.text("settings.speak"), current.speak());
        speak.setName("speak");
    }

    private int addRoutineRows(JPanel form, int row) {
        int r = addRow(form, row, "settings.routine", routine, null);
        r = addRow(form, r, "settings.volume", volume, "settings.unit.percent");
        return addWide(form, r, speak);
    }

    private int addRow(JPanel form, int row, String labelKey, JComponent field, String unitKey) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 0, 4, 10);
        c.anchor = GridBagConstraints.LINE_START;
        form.add(new JLabel(messages.text(labelKey)), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
        if (unitKey != null) {
            c.gridx = 2;
            c.fill = GridBagConstraints.NONE;
            c.insets = new Insets(4, 0, 4, 0);
            form.add(new JLabel(messages.text(unitKey)), c);
        }
        return row + 1;
    }

    private static int addWide(JPanel form, int row, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.gridwidth = 3;
        c.insets = new Insets(4, 0, 4, 0);
        c.anchor = GridBagConstraints.LINE_START;
        form.add(field, c);
        return row + 1;
    }

    private static JSpinner spinner(long value, long min, long max) {
        long v = Math.max(min, Math.min(max, value));
        return new JSpinner(new SpinnerNumberModel((int) v, (int) min, (int) max, 1));
    }
}
