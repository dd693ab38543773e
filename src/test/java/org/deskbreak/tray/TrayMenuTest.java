package org.deskbreak.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.StatusText;
import org.junit.jupiter.api.Test;

class TrayMenuTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Planner planner = new Planner(clock, Settings.defaults().withInterval(Duration.ofMinutes(60)), IdleSource.NONE);
    private final List<Settings> saved = new ArrayList<>();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private int statsOpened;
    private final TrayMenu menu = new TrayMenu(
            new BreakActions(planner, store(), s -> { }, () -> { }, () -> { }, () -> statsOpened++, () -> { }),
            messages, new StatusText(messages, ZoneId.of("Europe/Paris")));

    @Test
    void whileCountingSnoozeAndResumeAreGreyedWithTheirReasons() {
        planner.start();

        JPopupMenu m = menu.build(planner.snapshot());

        assertThat(item(m, "Snooze (no break is due)").isEnabled()).isFalse();
        assertThat(item(m, "Resume (reminders are not paused)").isEnabled()).isFalse();
        assertThat(item(m, "Start wall routine now").isEnabled()).isTrue();
    }

    @Test
    void theCurrentIntervalIsTicked() {
        planner.start();

        JMenu every = (JMenu) item(menu.build(planner.snapshot()), "Remind me every");

        assertThat(item(every.getPopupMenu(), "60 min").isSelected()).isTrue();
        assertThat(item(every.getPopupMenu(), "20 min").isSelected()).isFalse();
    }

    @Test
    void choosingAnIntervalSavesItAndReplansAtOnce() {
        planner.start();
        clock.advance(Duration.ofSeconds(30));
        JMenu every = (JMenu) item(menu.build(planner.snapshot()), "Remind me every");

        item(every.getPopupMenu(), "20 min").doClick();

        assertThat(saved).extracting(Settings::interval).containsExactly(Duration.ofMinutes(20));
        assertThat(planner.snapshot().nextBreakAt()).contains(clock.instant().minusSeconds(30).plus(Duration.ofMinutes(20)));
    }

    @Test
    void aChosenIntervalIsSavedOnTheFileThreadNotOnTheClickingOne() {
        List<Runnable> fileWork = new ArrayList<>();
        TrayMenu handingOver = new TrayMenu(
                new BreakActions(planner, store(), fileWork::add, s -> { }, e -> { }, () -> { }, () -> { }, () -> { }, () -> { }),
                messages, new StatusText(messages, ZoneId.of("Europe/Paris")));
        planner.start();
        JMenu every = (JMenu) item(handingOver.build(planner.snapshot()), "Remind me every");

        item(every.getPopupMenu(), "30 min").doClick();

        assertThat(saved).isEmpty();
        assertThat(fileWork).hasSize(1);
        fileWork.forEach(Runnable::run);
        assertThat(saved).extracting(Settings::interval).containsExactly(Duration.ofMinutes(30));
        assertThat(planner.settings().interval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void pausingFromTheMenuPausesThePlanner() {
        planner.start();
        JMenu pause = (JMenu) item(menu.build(planner.snapshot()), "Pause reminders");

        item(pause.getPopupMenu(), "1 hour").doClick();

        assertThat(planner.snapshot().pausedUntil()).contains(clock.instant().plus(Duration.ofHours(1)));
        assertThat(item(menu.build(planner.snapshot()), "Resume").isEnabled()).isTrue();
    }

    @Test
    void statisticsSitsBetweenSettingsAndAboutAndOpensTheWindow() {
        planner.start();
        JPopupMenu m = menu.build(planner.snapshot());
        List<String> labels = new ArrayList<>();
        for (var c : m.getComponents()) {
            if (c instanceof JMenuItem i) {
                labels.add(i.getText());
            }
        }

        item(m, "Statistics…").doClick();

        assertThat(labels).containsSubsequence("Settings…", "Statistics…", "About");
        assertThat(labels.indexOf("Statistics…")).isEqualTo(labels.indexOf("Settings…") + 1);
        assertThat(statsOpened).isEqualTo(1);
    }

    @Test
    void theSwingMenuShowsTheModelsItemsInItsOrderSubmenusIncluded() {
        planner.start();
        org.deskbreak.ui.MenuModel model = org.deskbreak.ui.MenuModel.of(planner.snapshot(), messages,
                new StatusText(messages, ZoneId.of("Europe/Paris")));

        JPopupMenu m = menu.render(model);

        assertThat(labels(m.getComponents())).isEqualTo(labels(model.entries()));
    }

    /** Labels depth first, submenus bracketed, separators as "-". */
    private static List<String> labels(java.awt.Component[] components) {
        List<String> out = new ArrayList<>();
        for (var c : components) {
            if (c instanceof JMenu sub) {
                out.add(sub.getText() + " [" + String.join(", ", labels(sub.getPopupMenu().getComponents())) + "]");
            } else if (c instanceof JMenuItem i) {
                out.add(i.getText() + (i.isSelected() ? " *" : "") + (i.isEnabled() ? "" : " (grey)"));
            } else if (c instanceof javax.swing.JSeparator) {
                out.add("-");
            }
        }
        return out;
    }

    private static List<String> labels(List<org.deskbreak.ui.MenuModel.Entry> entries) {
        List<String> out = new ArrayList<>();
        for (var e : entries) {
            switch (e.kind()) {
                case SEPARATOR -> out.add("-");
                case SUBMENU -> out.add(e.label() + " [" + String.join(", ", labels(e.children())) + "]");
                default -> out.add(e.label() + (e.checked() ? " *" : "") + (e.enabled() ? "" : " (grey)"));
            }
        }
        return out;
    }

    private static JMenuItem item(JPopupMenu m, String text) {
        for (var c : m.getComponents()) {
            if (c instanceof JMenuItem i && i.getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no item '" + text + "' in the menu");
    }

    private SettingsStore store() {
        return new SettingsStore() {
            @Override
            public Settings load() {
                return planner.settings();
            }

            @Override
            public Settings current() {
                return planner.settings();
            }

            @Override
            public Settings update(UnaryOperator<Settings> change) {
                Settings settings = change.apply(planner.settings());
                saved.add(settings);
                return settings;
            }

            @Override
            public void onExternalChange(Consumer<Settings> listener) {
            }
        };
    }
}
