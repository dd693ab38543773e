package org.deskbreak.tray;

import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import org.deskbreak.core.PlannerState;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.LayoutLog;
import org.deskbreak.ui.MenuModel;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.StatusText;

/**
 * The Swing rendering of the {@link MenuModel}: a new menu is built each time it opens, so it is
 * never stale. The D-Bus menu renders the same model.
 */
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
        return render(MenuModel.of(state, messages, text));
    }

    JPopupMenu render(MenuModel model) {
        JPopupMenu menu = new JPopupMenu();
        addAll(menu, model.entries());
        logWhenShown(menu, "menu");
        return menu;
    }

    private void addAll(java.awt.Container menu, List<MenuModel.Entry> entries) {
        ButtonGroup radios = new ButtonGroup();
        for (MenuModel.Entry e : entries) {
            switch (e.kind()) {
                case SEPARATOR -> {
                    if (menu instanceof JPopupMenu popup) {
                        popup.addSeparator();
                    } else {
                        ((JMenu) menu).addSeparator();
                    }
                }
                case SUBMENU -> {
                    JMenu sub = new JMenu(e.label());
                    addAll(sub, e.children());
                    logWhenShown(sub.getPopupMenu(), "submenu");
                    sub.setEnabled(e.enabled());
                    menu.add(sub);
                }
                case RADIO -> {
                    JRadioButtonMenuItem choice = new JRadioButtonMenuItem(e.label());
                    choice.setSelected(e.checked());
                    whenChosen(choice, e);
                    radios.add(choice);
                    menu.add(choice);
                }
                case ACTION -> {
                    JMenuItem item = new JMenuItem(e.label());
                    item.setEnabled(e.enabled());
                    whenChosen(item, e);
                    menu.add(item);
                }
            }
        }
    }

    private void whenChosen(JMenuItem item, MenuModel.Entry e) {
        e.command().ifPresent(command -> item.addActionListener(ev -> command.runOn(actions)));
    }

    private static void logWhenShown(JPopupMenu popup, String what) {
        popup.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                LayoutLog.later(what, popup);
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                LayoutLog.hidden(what);
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
            }
        });
    }
}
