package org.deskbreak.ui;

import java.util.Optional;
import java.util.stream.IntStream;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Phase;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Refusal;

/**
 * What the tray menu and the status views offer in a given state: a pure decision, so the
 * menu only renders it.
 *
 * @param snoozeRefusal    why Snooze is unavailable, if it is
 * @param resumeRefusal    why Resume is unavailable, if it is
 * @param checkedInterval  the interval choice to tick, or empty when the interval is a custom one
 */
public record MenuChoices(
        boolean canStart,
        Optional<Refusal> snoozeRefusal,
        Optional<Refusal> resumeRefusal,
        Optional<Integer> checkedInterval,
        long intervalMinutes) {

    public static MenuChoices of(PlannerState s) {
        long minutes = s.interval().toMinutes();
        boolean exact = s.interval().toSeconds() % 60 == 0;
        Optional<Integer> checked = IntStream.of(Defaults.INTERVAL_CHOICES_MINUTES)
                .filter(m -> exact && m == minutes).boxed().findFirst();
        return new MenuChoices(
                s.phase() != Phase.IN_ROUTINE,
                Planner.snoozeRefusal(s.phase(), s.snoozesLeft()),
                s.paused() ? Optional.empty() : Optional.of(Refusal.NOT_PAUSED),
                checked,
                minutes);
    }

    public boolean canSnooze() {
        return snoozeRefusal.isEmpty();
    }

    public boolean canResume() {
        return resumeRefusal.isEmpty();
    }
}
