package org.deskbreak.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.PlannerState;

/**
 * The planner's listener on the desktop side. Planner callbacks arrive on the scheduler's
 * thread while the planner holds its lock; each one hops to the event thread ({@link Edt#later})
 * and returns. The show methods run on the event thread.
 */
public final class DesktopUi implements PlannerListener {

    private final Presence presence;
    private final ReminderCard card;
    private final StatusText text;
    private final Messages messages;
    private final Clock clock;
    private Instant announced;   // the break the showing heads-up is about

    public DesktopUi(Presence presence, ReminderCard card, StatusText text, Messages messages, Clock clock) {
        this.presence = Objects.requireNonNull(presence);
        this.card = Objects.requireNonNull(card);
        this.text = text;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void stateChanged(PlannerState state) {
        Edt.later(() -> showState(state));
    }

    @Override
    public void breakSoon(Instant dueAt) {
        Edt.later(() -> showHeadsUp(dueAt));
    }

    /** A little before the card is needed: built off screen once, so the real one shows at once. */
    @Override
    public void breakNear(Instant dueAt) {
        Edt.later(card::prepare);
    }

    @Override
    public void breakDue(boolean renudge) {
        Edt.later(() -> showReminder(renudge));
    }

    /** The routine window shows itself (it listens to the planner too); the reminder goes. */
    @Override
    public void routineStarted() {
        Edt.later(card::close);
    }

    void showState(PlannerState state) {
        presence.show(state);
        card.update(state);
        if (announced != null && !stillAnnounced(state)) {
            announced = null;
            presence.dismissHeadsUp();
        }
    }

    private boolean stillAnnounced(PlannerState state) {
        return state.phase() == Phase.COUNTING && !state.paused() && state.nextBreakAt().equals(Optional.of(announced));
    }

    void showHeadsUp(Instant dueAt) {
        announced = dueAt;
        Duration left = Duration.between(clock.instant(), dueAt);
        presence.headsUp(messages.text("notice.title"), messages.text("notice.soon", text.noticeLength(left)));
    }

    void showReminder(boolean renudge) {
        if (renudge && card.isShowing()) {
            card.nudge();
        } else {
            card.show(presence.trayHint().orElse(null));
        }
    }
}
