package org.deskbreak.tray.sni;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.ui.MenuModel;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.StatusText;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;

class ExportedMenuTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
    private final List<MenuModel.Command> chosen = new ArrayList<>();
    private MenuModel model;
    private final ExportedMenu menu = new ExportedMenu(() -> new ExportedMenu.Revision(7, model), new SniTray.Requests() {
        @Override
        public void activate(int x, int y) {
        }

        @Override
        public void contextMenu(int x, int y) {
        }

        @Override
        public void chosen(MenuModel.Command command) {
            ExportedMenuTest.this.chosen.add(command);
        }
    });

    ExportedMenuTest() {
        planner.start();
        model = MenuModel.of(planner.snapshot(), messages, new StatusText(messages, ZoneId.of("Europe/Paris")));
    }

    @Test
    void theLayoutHasTheModelsItemsWithTheirLabelsRadiosAndGreyedItems() {
        Pair<UInt32, MenuLayout> reply = menu.GetLayout(0, -1, List.of());
        List<MenuLayout> top = children(reply.second);

        assertThat(reply.first.intValue()).isEqualTo(7);
        assertThat(top).extracting(l -> value(l, "label")).containsExactly("Start wall routine now",
                "Snooze (no break is due)", "Pause reminders", "Resume (reminders are not paused)", null,
                "Remind me every", "Settings…", "Statistics…", "About", null, "Quit");
        assertThat(value(top.get(1), "enabled")).isEqualTo(false);
        assertThat(value(top.get(1), "children-display")).isEqualTo("submenu");
        assertThat(value(top.get(4), "type")).isEqualTo("separator");
        MenuLayout every = top.get(5);
        assertThat(children(every)).filteredOn(l -> Integer.valueOf(1).equals(value(l, "toggle-state")))
                .extracting(l -> value(l, "label")).containsExactly("45 min");
        assertThat(children(every)).first().satisfies(l -> assertThat(value(l, "toggle-type")).isEqualTo("radio"));
    }

    @Test
    void aDepthLimitAndAPropertyFilterAreHonoured() {
        MenuLayout root = menu.GetLayout(0, 1, List.of("label")).second;

        assertThat(children(root).get(5).children).as("children of the top items").isEmpty();
        assertThat(children(root).get(0).properties).containsOnlyKeys("label");
    }

    @Test
    void aClickedItemIsCarriedOutAndAGreyedOneIsNot() {
        menu.Event(idOf("Pause reminders", "1 hour"), "clicked",
                new Variant<>(0), new UInt32(0));
        menu.Event(idOf("Snooze (no break is due)", "10 min"), "clicked", new Variant<>(0), new UInt32(0));
        menu.Event(idOf("Resume (reminders are not paused)"), "clicked", new Variant<>(0), new UInt32(0));
        menu.Event(idOf("Quit"), "hovered", new Variant<>(0), new UInt32(0));

        assertThat(chosen).containsExactly(new MenuModel.Command.PauseFor(
                org.deskbreak.core.Pause.of(java.time.Duration.ofHours(1))));
    }

    @Test
    void anEventGroupAnswersTheIdsItDoesNotKnow() {
        List<Integer> unknown = menu.EventGroup(List.of(
                new MenuEvent(idOf("Quit"), "clicked", new Variant<>(0), new UInt32(0)),
                new MenuEvent(4242, "clicked", new Variant<>(0), new UInt32(0))));

        assertThat(unknown).containsExactly(4242);
        assertThat(chosen).containsExactly(new MenuModel.Command.Quit());
    }

    private int idOf(String... path) {
        List<MenuModel.Entry> level = model.entries();
        MenuModel.Entry found = null;
        for (String label : path) {
            found = level.stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
            level = found.children();
        }
        return found.id();
    }

    private static List<MenuLayout> children(MenuLayout l) {
        return l.children.stream().map(v -> (MenuLayout) v.getValue()).toList();
    }

    private static Object value(MenuLayout l, String property) {
        Map<String, Variant<?>> p = l.properties;
        return p.containsKey(property) ? p.get(property).getValue() : null;
    }
}
