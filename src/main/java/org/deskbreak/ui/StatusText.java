package org.deskbreak.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Refusal;

/** Turns a planner snapshot into the short texts of the tooltip, the status views and the menu. */
public final class StatusText {

    private final Messages messages;
    private final ClockFormat clock;

    /** Times follow the messages' language, as everywhere else in the app. */
    public StatusText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.clock = new ClockFormat(messages.locale(), zone);
    }

    /** "Next break in 23 min · 2 breaks today", "Paused until 14:00", "Break due · …". */
    public String tooltip(PlannerState s) {
        String today = messages.text("today.breaks", s.today().breaksTaken());
        return switch (s.phase()) {
            case COUNTING -> messages.text("tooltip.counting", minutesUntil(s.now(), s.nextBreakAt().orElse(s.now())), today);
            case DUE -> messages.text("tooltip.due", today);
            case IN_ROUTINE -> messages.text("tooltip.routine", messages.routineCapital(s.settings().routineId()));
            case PAUSED -> s.pausedUntil().map(t -> messages.text("tooltip.paused.until", time(t)))
                    .orElseGet(() -> messages.text("tooltip.paused.resume"));
            case OFF_HOURS -> messages.text("tooltip.offHours", s.nextBreakAt().map(this::time).orElse("?"));
        };
    }

    /** The first line of the status popup and window. */
    public String headline(PlannerState s) {
        return switch (s.phase()) {
            case COUNTING -> messages.text("status.next", minutesUntil(s.now(), s.nextBreakAt().orElse(s.now())));
            case DUE -> messages.text("status.due");
            case IN_ROUTINE -> messages.text("status.routine", messages.routineCapital(s.settings().routineId()));
            case PAUSED -> s.pausedUntil().map(t -> messages.text("status.paused.until", time(t)))
                    .orElseGet(() -> messages.text("status.paused.resume"));
            case OFF_HOURS -> messages.text("status.offHours", s.nextBreakAt().map(this::time).orElse("?"));
        };
    }

    public String todayLine(PlannerState s) {
        var t = s.today();
        return messages.text("status.today", t.completed(), t.partial(), t.skipped(), t.snoozed());
    }

    public String snoozesLeft(PlannerState s) {
        return messages.text("status.snoozesLeft", s.snoozesLeft());
    }

    /** Rounded up, so "in 1 min" is never shown when 70 seconds remain and 0 only when it is due. */
    public String minutesUntil(Instant now, Instant then) {
        Duration left = Duration.between(now, then);
        if (left.isNegative() || left.isZero()) {
            return messages.text("duration.minutes", 0);
        }
        long minutes = (left.getSeconds() + 59) / 60;
        return messages.text("duration.minutes", minutes);
    }

    /** A heads-up length: seconds below two minutes, else minutes. */
    public String noticeLength(Duration d) {
        long seconds = Math.max(0, (d.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return messages.text("duration.seconds", seconds);
        }
        return messages.text("duration.minutes", (seconds + 59) / 60);
    }

    public String reason(Refusal refusal) {
        return messages.text("refusal." + refusal.name());
    }

    public String time(Instant t) {
        return clock.format(t);
    }
}
