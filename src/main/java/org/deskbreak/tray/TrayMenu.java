package org.deskbreak.tray;

import java.time.Duration;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.PlannerState;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.LayoutLog;
import org.deskbreak.ui.MenuChoices;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.StatusPanel;
import org.deskbreak.ui.StatusText;

/** Builds the tray menu for one state; a new menu is built each time it opens, so it is never stale. */
final class TrayMenu {

    private final BreakActions actions;
    private final Messages messages;
    private final StatusText text;

    TrayMenu(BreakActions actions, Messages messages, StatusText text) {
        this.actions = actions;
        this.messages = messages;
        this.text = text;
    }

    JPopupMenu build(PlannerState state) {
        MenuChoices choices = MenuChoices.of(state);
        JPopupMenu menu = new JPopupMenu();

        JMenuItem start = item(choices.canStart() ? "menu.start" : "menu.start.running", actions::startRoutine);
        start.setEnabled(choices.canStart());
        menu.add(start);

        JMenu snooze = new JMenu(messages.text("menu.snooze"));
        for (int minutes : Defaults.SNOOZE_CHOICES_MINUTES) {
            snooze.add(labelled(messages.text("menu.snooze.minutes", minutes), () -> actions.snoozeMinutes(minutes)));
        }
        choices.snoozeRefusal().ifPresent(why -> unavailable(snooze, "menu.snooze", text.reason(why)));
        menu.add(snooze);

        JMenu pause = new JMenu(messages.text("menu.pause"));
        StatusPanel.PauseChoices.addTo(pause.getPopupMenu(), messages, actions::pause);
        menu.add(pause);

        JMenuItem resume = item("menu.resume", actions::resume);
        choices.resumeRefusal().ifPresent(why -> unavailable(resume, "menu.resume", text.reason(why)));
        menu.add(resume);
        menu.addSeparator();

        menu.add(intervalMenu(choices));
        menu.add(item("menu.settings", actions::openSettings));
        menu.add(item("menu.stats", actions::openStats));
        menu.add(item("menu.about", actions::openAbout));
        menu.addSeparator();
        menu.add(item("menu.quit", actions::quit));
        logWhenShown(menu, "menu");
        logWhenShown(snooze.getPopupMenu(), "submenu");
        logWhenShown(pause.getPopupMenu(), "submenu");
        return menu;
    }

    private JMenu intervalMenu(MenuChoices choices) {
        JMenu every = new JMenu(messages.text("menu.interval"));
        ButtonGroup group = new ButtonGroup();
        for (int minutes : Defaults.INTERVAL_CHOICES_MINUTES) {
            JRadioButtonMenuItem choice = new JRadioButtonMenuItem(messages.text("menu.interval.minutes", minutes));
            choice.setSelected(choices.checkedInterval().map(m -> m == minutes).orElse(false));
            choice.addActionListener(e -> actions.chooseInterval(Duration.ofMinutes(minutes)));
            group.add(choice);
            every.add(choice);
        }
        every.addSeparator();
        String custom = choices.checkedInterval().isPresent()
                ? messages.text("menu.interval.custom")
                : messages.text("menu.interval.customCurrent", choices.intervalMinutes());
        JRadioButtonMenuItem customItem = new JRadioButtonMenuItem(custom);
        customItem.setSelected(choices.checkedInterval().isEmpty());
        customItem.addActionListener(e -> actions.openSettings());
        every.add(customItem);
        logWhenShown(every.getPopupMenu(), "submenu");
        return every;
    }

    private static void logWhenShown(JPopupMenu popup, String what) {
        popup.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                LayoutLog.later(what, popup);
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
            }
        });
    }

    /** Disabled, with the reason in the text and the tooltip: a grey item without one only puzzles. */
    private void unavailable(JMenuItem item, String key, String reason) {
        item.setEnabled(false);
        item.setText(messages.text("menu.unavailable", messages.text(key), reason));
        item.setToolTipText(reason);
    }

    private JMenuItem item(String key, Runnable action) {
        return labelled(messages.text(key), action);
    }

    private static JMenuItem labelled(String label, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }
}
