package org.deskbreak.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Pause;
import org.deskbreak.core.PlannerState;

/**
 * The tray menu as data: every item, in order, with its label, whether it applies (and if not,
 * why, in the label), its tick and what choosing it does. Built from the planner's state by a
 * pure function; the Swing tray menu and the D-Bus menu both only render it, so the two never
 * drift apart.
 *
 * <p>Item ids are fixed per item, not per position, so a host that clicks an item of a layout
 * it fetched a moment ago still reaches the item it showed.
 */
public record MenuModel(List<Entry> entries) {

    /** What a menu item looks like. */
    public enum Kind { ACTION, SUBMENU, SEPARATOR, RADIO }

    /**
     * One item.
     *
     * @param id       stable id, unique in the menu, never 0 (the D-Bus menu's root)
     * @param command  what choosing the item does; empty for submenus and separators
     */
    public record Entry(int id, Kind kind, String label, boolean enabled, boolean checked,
                        Optional<Command> command, List<Entry> children) {
        public Entry {
            Objects.requireNonNull(label, "label");
            children = List.copyOf(children);
        }

        static Entry action(int id, String label, boolean enabled, Command command) {
            return new Entry(id, Kind.ACTION, label, enabled, false, Optional.of(command), List.of());
        }

        static Entry radio(int id, String label, boolean checked, Command command) {
            return new Entry(id, Kind.RADIO, label, true, checked, Optional.of(command), List.of());
        }

        static Entry submenu(int id, String label, boolean enabled, List<Entry> children) {
            return new Entry(id, Kind.SUBMENU, label, enabled, false, Optional.empty(), children);
        }

        static Entry separator(int id) {
            return new Entry(id, Kind.SEPARATOR, "", true, false, Optional.empty(), List.of());
        }
    }

    /** What a menu choice asks for; carried out by {@link #runOn(BreakActions)}. */
    public sealed interface Command {
        void runOn(BreakActions actions);

        record StartRoutine() implements Command {
            public void runOn(BreakActions actions) {
                actions.startRoutine();
            }
        }

        record Snooze(int minutes) implements Command {
            public void runOn(BreakActions actions) {
                actions.snoozeMinutes(minutes);
            }
        }

        record PauseFor(Pause how) implements Command {
            public void runOn(BreakActions actions) {
                actions.pause(how);
            }
        }

        record Resume() implements Command {
            public void runOn(BreakActions actions) {
                actions.resume();
            }
        }

        record Every(int minutes) implements Command {
            public void runOn(BreakActions actions) {
                actions.chooseInterval(Duration.ofMinutes(minutes));
            }
        }

        record OpenSettings() implements Command {
            public void runOn(BreakActions actions) {
                actions.openSettings();
            }
        }

        record OpenStats() implements Command {
            public void runOn(BreakActions actions) {
                actions.openStats();
            }
        }

        record OpenAbout() implements Command {
            public void runOn(BreakActions actions) {
                actions.openAbout();
            }
        }

        record Quit() implements Command {
            public void runOn(BreakActions actions) {
                actions.quit();
            }
        }
    }

    // Ids by item: a block of ten per top-level item, its choices numbered inside the block.
    static final int START = 10;
    static final int SNOOZE = 20;
    static final int PAUSE = 30;
    static final int RESUME = 40;
    static final int EVERY = 50;
    static final int EVERY_CUSTOM = 59;
    static final int SETTINGS = 60;
    static final int STATS = 70;
    static final int ABOUT = 80;
    static final int QUIT = 90;
    static final int SEPARATOR_ACTIONS = 1;
    static final int SEPARATOR_QUIT = 2;
    static final int SEPARATOR_CUSTOM = 3;

    public MenuModel {
        entries = List.copyOf(entries);
    }

    /** The menu for this state: what {@link MenuChoices} allows, in the user's language. */
    public static MenuModel of(PlannerState state, Messages messages, StatusText text) {
        MenuChoices choices = MenuChoices.of(state);
        List<Entry> top = new ArrayList<>();
        String routine = state.settings().routineId();
        top.add(Entry.action(START, choices.canStart() ? messages.text("menu.start", messages.routineName(routine))
                        : messages.text("menu.start.running", messages.routineCapital(routine)),
                choices.canStart(), new Command.StartRoutine()));

        List<Entry> snoozes = new ArrayList<>();
        int[] snoozeMinutes = Defaults.SNOOZE_CHOICES_MINUTES;
        for (int i = 0; i < snoozeMinutes.length; i++) {
            snoozes.add(Entry.action(SNOOZE + 1 + i, messages.text("menu.snooze.minutes", snoozeMinutes[i]), true,
                    new Command.Snooze(snoozeMinutes[i])));
        }
        top.add(Entry.submenu(SNOOZE, choices.snoozeRefusal()
                        .map(why -> messages.text("menu.unavailable", messages.text("menu.snooze"), text.reason(why)))
                        .orElse(messages.text("menu.snooze")),
                choices.canSnooze(), snoozes));

        top.add(Entry.submenu(PAUSE, messages.text("menu.pause"), true, pauseChoices(messages)));
        top.add(Entry.action(RESUME, choices.resumeRefusal()
                        .map(why -> messages.text("menu.unavailable", messages.text("menu.resume"), text.reason(why)))
                        .orElse(messages.text("menu.resume")),
                choices.canResume(), new Command.Resume()));
        top.add(Entry.separator(SEPARATOR_ACTIONS));

        List<Entry> every = new ArrayList<>();
        int[] intervals = Defaults.INTERVAL_CHOICES_MINUTES;
        for (int i = 0; i < intervals.length; i++) {
            int minutes = intervals[i];
            every.add(Entry.radio(EVERY + 1 + i, messages.text("menu.interval.minutes", minutes),
                    choices.checkedInterval().map(m -> m == minutes).orElse(false), new Command.Every(minutes)));
        }
        every.add(Entry.separator(SEPARATOR_CUSTOM));
        String custom = choices.checkedInterval().isPresent()
                ? messages.text("menu.interval.custom")
                : messages.text("menu.interval.customCurrent", choices.intervalMinutes());
        every.add(Entry.radio(EVERY_CUSTOM, custom, choices.checkedInterval().isEmpty(), new Command.OpenSettings()));
        top.add(Entry.submenu(EVERY, messages.text("menu.interval"), true, every));

        top.add(Entry.action(SETTINGS, messages.text("menu.settings"), true, new Command.OpenSettings()));
        top.add(Entry.action(STATS, messages.text("menu.stats"), true, new Command.OpenStats()));
        top.add(Entry.action(ABOUT, messages.text("menu.about"), true, new Command.OpenAbout()));
        top.add(Entry.separator(SEPARATOR_QUIT));
        top.add(Entry.action(QUIT, messages.text("menu.quit"), true, new Command.Quit()));
        return new MenuModel(top);
    }

    /** The pause lengths offered everywhere: the tray menus and the status views' Pause button. */
    public static List<Entry> pauseChoices(Messages messages) {
        return List.of(
                Entry.action(PAUSE + 1, messages.text("menu.pause.30"), true,
                        new Command.PauseFor(Pause.of(Duration.ofMinutes(30)))),
                Entry.action(PAUSE + 2, messages.text("menu.pause.60"), true,
                        new Command.PauseFor(Pause.of(Duration.ofHours(1)))),
                Entry.action(PAUSE + 3, messages.text("menu.pause.tomorrow"), true,
                        new Command.PauseFor(Pause.untilTomorrowMorning())),
                Entry.action(PAUSE + 4, messages.text("menu.pause.resume"), true,
                        new Command.PauseFor(Pause.untilResumed())));
    }

    /** The item with this id, at any depth. */
    public Optional<Entry> find(int id) {
        return find(entries, id);
    }

    private static Optional<Entry> find(List<Entry> entries, int id) {
        for (Entry e : entries) {
            if (e.id() == id) {
                return Optional.of(e);
            }
            Optional<Entry> inside = find(e.children(), id);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
