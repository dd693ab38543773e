package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deskbreak.core.DayTally;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Phase;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;

/** The heads-up before a break is taken back once it no longer holds; a reminder card is never built here. */
class DesktopUiTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
    private final Instant due = clock.instant().plusSeconds(30);
    private final Recorded presence = new Recorded();
    private final DesktopUi ui = ui();

    // ---- the break it announced

    @Test
    void theHeadsUpStaysWhileTheBreakItAnnouncedIsStillComing() {
        onEdt(() -> ui.showHeadsUp(due));
        onEdt(() -> ui.showState(counting(due)));

        assertThat(presence.calls).containsExactly("heads-up Back break in 30 seconds", "show");
    }

    @Test
    void aBreakPutOffGoesWithItsHeadsUp() {
        onEdt(() -> ui.showHeadsUp(due));

        onEdt(() -> ui.showState(counting(due.plusSeconds(45 * 60))));   // skipped, or a new frequency

        assertThat(presence.calls).endsWith("show", "dismiss");
    }

    @Test
    void theHeadsUpGoesWhenTheBreakFallsDueOrRemindersArePaused() {
        onEdt(() -> ui.showHeadsUp(due));
        onEdt(() -> ui.showState(state(Phase.DUE, Optional.of(due), false)));
        assertThat(presence.calls).endsWith("dismiss");

        onEdt(() -> ui.showHeadsUp(due));
        onEdt(() -> ui.showState(state(Phase.PAUSED, Optional.of(due), true)));
        assertThat(presence.calls).endsWith("dismiss");
        assertThat(presence.calls).filteredOn("dismiss"::equals).hasSize(2);
    }

    @Test
    void withoutAHeadsUpNothingIsTakenBack() {
        onEdt(() -> ui.showState(counting(due)));
        onEdt(() -> ui.showState(state(Phase.DUE, Optional.of(due), false)));

        assertThat(presence.calls).containsExactly("show", "show");
    }

    /** The desktop side's show methods run on the event thread, as the planner's hops deliver them. */
    private static void onEdt(Runnable r) {
        Edt.now(r, java.time.Duration.ofSeconds(10));
    }

    private DesktopUi ui() {
        Messages messages = new Messages(Locale.ENGLISH);
        StatusText text = new StatusText(messages, ZoneId.of("Europe/Paris"));
        Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
        BreakActions actions = new BreakActions(planner, null, s -> { }, () -> { }, () -> { }, () -> { }, () -> { });
        ReminderCard card = new ReminderCard(actions, messages, text, AppIcons.load(), planner::snapshot);
        return new DesktopUi(presence, card, text, messages, clock);
    }

    private PlannerState counting(Instant next) {
        return state(Phase.COUNTING, Optional.of(next), false);
    }

    private PlannerState state(Phase phase, Optional<Instant> next, boolean paused) {
        return new PlannerState(phase, clock.instant(), next, paused, Optional.empty(), Optional.empty(),
                Optional.empty(), 3, DayTally.EMPTY, Settings.defaults());
    }

    /** Writes down what the desktop side was asked to do. */
    private static final class Recorded implements Presence {
        final List<String> calls = new ArrayList<>();

        @Override
        public void show(PlannerState state) {
            calls.add("show");
        }

        @Override
        public void headsUp(String title, String text) {
            calls.add("heads-up " + text);
        }

        @Override
        public void dismissHeadsUp() {
            calls.add("dismiss");
        }

        @Override
        public void showStatus() {
        }

        @Override
        public Optional<Point> trayHint() {
            return Optional.empty();
        }

        @Override
        public void remove() {
        }
    }
}
