package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

class MenuModelTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final StatusText text = new StatusText(messages, ZoneId.of("Europe/Paris"));

    private Planner started(Settings settings) {
        Planner p = new Planner(clock, settings, IdleSource.NONE);
        p.start();
        return p;
    }

    private MenuModel menu(Planner p) {
        return MenuModel.of(p.snapshot(), messages, text);
    }

    @Test
    void theItemsComeInTheTrayMenusOrderWithTheReasonsInTheGreyedLabels() {
        MenuModel m = menu(started(Settings.defaults()));

        assertThat(m.entries()).extracting(MenuModel.Entry::label).containsExactly(
                "Start wall routine now", "Snooze (no break is due)", "Pause reminders",
                "Resume (reminders are not paused)", "", "Remind me every", "Settings…", "Statistics…", "About", "",
                "Quit");
        assertThat(m.entries()).extracting(MenuModel.Entry::enabled).containsExactly(
                true, false, true, false, true, true, true, true, true, true, true);
    }

    @Test
    void theCurrentFrequencyIsTheOneTickedRadioItem() {
        MenuModel.Entry every = menu(started(Settings.defaults().withInterval(Duration.ofMinutes(30)))).entries().get(5);

        assertThat(every.kind()).isEqualTo(MenuModel.Kind.SUBMENU);
        assertThat(every.children()).filteredOn(MenuModel.Entry::checked).extracting(MenuModel.Entry::label)
                .containsExactly("30 min");
        assertThat(every.children()).filteredOn(e -> e.kind() == MenuModel.Kind.RADIO).hasSize(6);
    }

    @Test
    void aCustomFrequencyTicksCustomAndSaysWhatItIs() {
        MenuModel.Entry every = menu(started(Settings.defaults().withInterval(Duration.ofMinutes(37)))).entries().get(5);

        assertThat(every.children()).filteredOn(MenuModel.Entry::checked).extracting(MenuModel.Entry::label)
                .containsExactly("Custom (37 min)…");
    }

    @Test
    void everyIdIsUniqueAndNoneIsTheRoot() {
        List<Integer> ids = new ArrayList<>();
        collect(menu(started(Settings.defaults())).entries(), ids);

        assertThat(ids).doesNotHaveDuplicates().doesNotContain(0).hasSizeGreaterThan(20);
    }

    @Test
    void theSameStateGivesAnEqualMenuAndAChangeGivesAnotherOne() {
        Planner p = started(Settings.defaults());
        MenuModel before = menu(p);
        clock.advance(Duration.ofMinutes(1));
        p.tick();
        MenuModel aMinuteLater = menu(p);
        p.pause(org.deskbreak.core.Pause.untilResumed());

        assertThat(aMinuteLater).as("a countdown tick changes no menu item").isEqualTo(before);
        assertThat(menu(p)).as("pausing enables Resume").isNotEqualTo(before);
    }

    @Test
    void choosingAnItemCarriesOutItsCommand() {
        Planner p = started(Settings.defaults());
        MenuModel m = menu(p);

        m.find(MenuModel.PAUSE + 2).orElseThrow().command().orElseThrow()
                .runOn(new BreakActions(p, null, s -> { }, () -> { }, () -> { }, () -> { }, () -> { }));

        assertThat(p.snapshot().pausedUntil()).contains(clock.instant().plus(Duration.ofHours(1)));
    }

    private static void collect(List<MenuModel.Entry> entries, List<Integer> ids) {
        for (MenuModel.Entry e : entries) {
            ids.add(e.id());
            collect(e.children(), ids);
        }
    }
}
