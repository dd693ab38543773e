package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.routine.RoutineLoader;
import org.junit.jupiter.api.Test;

/** The tray, tooltip and status texts name the routine the user chose. */
class RoutineWordsTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final StatusText text = new StatusText(messages, ZoneId.of("Europe/Paris"));

    private Planner started(String routine) {
        Planner p = new Planner(clock, Settings.defaults().withRoutineId(routine), IdleSource.NONE);
        p.start();
        return p;
    }

    @Test
    void theMenuOffersTheChosenRoutine() {
        assertThat(MenuModel.of(started("chair-tennis-ball").snapshot(), messages, text).entries().get(0).label())
                .isEqualTo("Start chair routine now");
        assertThat(MenuModel.of(started("floor-tennis-ball").snapshot(), messages, text).entries().get(0).label())
                .isEqualTo("Start floor routine now");
    }

    @Test
    void whileItRunsTheTooltipAndStatusNameIt() {
        Planner p = started("chair-tennis-ball");
        p.startRoutine();

        assertThat(text.tooltip(p.snapshot())).isEqualTo("Chair routine in progress");
        assertThat(text.headline(p.snapshot())).isEqualTo("Chair routine in progress");
        assertThat(MenuModel.of(p.snapshot(), messages, text).entries().get(0).label()).isEqualTo("Chair routine is running");
    }

    @Test
    void theCardSaysWhichRoutineIsDue() {
        assertThat(messages.text("card.title", 2, messages.routineName("chair-tennis-ball")))
                .isEqualTo("Time for a 2-minute chair routine");
    }

    @Test
    void everyIndexedRoutineHasItsNamesHere() {
        for (String id : RoutineLoader.index()) {
            for (String part : new String[] {"name", "capital", "label", "subtitle"}) {
                String key = "routine." + id + "." + part;
                assertThat(messages.text(key)).as(key).isNotEqualTo(key);
            }
        }
    }
}
