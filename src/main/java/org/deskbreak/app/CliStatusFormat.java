package org.deskbreak.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.DayTally;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerState;

/** Renders the planner's state for {@code deskbreak status}: lines for people, JSON for scripts. */
final class CliStatusFormat {

    private final ClockFormat clock;

    CliStatusFormat(ClockFormat clock) {
        this.clock = clock;
    }

    String text(PlannerState s) {
        return text(s, Optional.empty());
    }

    /** With the tray line: which backend shows DeskBreak, and why that one. */
    String text(PlannerState s, Optional<TrayChoice> tray) {
        StringBuilder out = new StringBuilder();
        out.append("State: ").append(describePhase(s)).append('\n');
        nextBreak(s).ifPresent(next -> out.append("Next break: ").append(next).append('\n'));
        out.append("Every: ").append(CliDurations.format(s.interval())).append('\n');
        DayTally t = s.today();
        out.append("Today: ").append(t.breaksTaken()).append(t.breaksTaken() == 1 ? " break taken (" : " breaks taken (").append(t.completed()).append(" completed, ")
                .append(t.partial()).append(" partial), ").append(t.skipped()).append(" skipped, ")
                .append(t.snoozed()).append(" snoozed, ").append(t.natural()).append(" away from the desk\n");
        out.append("Snoozes left today: ").append(s.snoozesLeft()).append('\n');
        tray.ifPresent(c -> out.append("Tray: ").append(c.describe()).append(" (").append(c.reason()).append(")\n"));
        return out.toString();
    }

    /** With the idle and busy lines: what tells the right moment for a reminder. */
    String text(PlannerState s, Optional<TrayChoice> tray, Optional<MomentSources> moments) {
        StringBuilder out = new StringBuilder(text(s, tray));
        moments.ifPresent(m -> out.append("Idle time: ").append(m.idleWhy()).append('\n')
                .append("Busy signals: ").append(m.busyWhat()).append('\n'));
        return out.toString();
    }

    String json(PlannerState s) {
        return json(s, Optional.empty());
    }

    String json(PlannerState s, Optional<TrayChoice> tray) {
        return json(s, tray, Optional.empty());
    }

    /**
     * With {@code "tray":{"backend":…,"reason":…}} once the app shows itself, then
     * {@code "idle":{"source":…,"reason":…}} and {@code "busy":{"signals":…}}: what tells the right moment.
     */
    String json(PlannerState s, Optional<TrayChoice> tray, Optional<MomentSources> moments) {
        DayTally t = s.today();
        return "{" + field("state", string(s.phase().name().toLowerCase(Locale.ROOT)))
                + "," + field("now", string(s.now().toString()))
                + "," + field("nextBreakAt", instant(s.nextBreakAt()))
                + "," + field("paused", String.valueOf(s.paused()))
                + "," + field("pausedUntil", instant(s.pausedUntil()))
                + "," + field("dueSince", instant(s.dueSince()))
                + "," + field("waiting", String.valueOf(s.waiting()))
                + "," + field("routineStartedAt", instant(s.routineStartedAt()))
                + "," + field("intervalSeconds", String.valueOf(s.interval().getSeconds()))
                + "," + field("snoozesLeft", String.valueOf(s.snoozesLeft()))
                + "," + field("canSnooze", String.valueOf(s.canSnooze()))
                + "," + field("today", "{" + field("breaksTaken", String.valueOf(t.breaksTaken()))
                        + "," + field("completed", String.valueOf(t.completed()))
                        + "," + field("partial", String.valueOf(t.partial()))
                        + "," + field("skipped", String.valueOf(t.skipped()))
                        + "," + field("snoozed", String.valueOf(t.snoozed()))
                        + "," + field("natural", String.valueOf(t.natural()))
                        + "," + field("waited", String.valueOf(t.waited())) + "}")
                + tray.map(c -> "," + field("tray", "{" + field("backend", string(c.backend()))
                        + "," + field("reason", string(c.reason())) + "}")).orElse("")
                + moments.map(m -> "," + field("idle", "{" + field("source", string(m.idleKind()))
                        + "," + field("reason", string(m.idleWhy())) + "}")
                        + "," + field("busy", "{" + field("signals", string(m.busyWhat())) + "}")).orElse("")
                + "}\n";
    }

    String time(Instant at) {
        return clock.format(at);
    }

    /** A countdown only while one runs: a pause holds the next break back, and a due one is already late. */
    private Optional<String> nextBreak(PlannerState s) {
        return switch (s.phase()) {
            case PAUSED -> Optional.of(s.pausedUntil().map(at -> "after the pause, at " + time(at) + " at the earliest")
                    .orElse("after you resume"));
            case DUE -> Optional.of(s.dueSince().map(at -> "due since " + time(at)).orElse("due now"));
            default -> s.nextBreakAt().map(at -> time(at) + " (in "
                    + CliDurations.format(roundUp(Duration.between(s.now(), at))) + ")");
        };
    }

    private String describePhase(PlannerState s) {
        Phase phase = s.phase();
        String what = switch (phase) {
            case COUNTING -> "counting down to the next break";
            case DUE -> "a break is due" + s.dueSince().map(at -> " (since " + time(at) + ")").orElse("")
                    + (s.waiting() ? ", waiting for the right moment" : "");
            case IN_ROUTINE -> "the routine is running";
            case PAUSED -> pause(s);
            case OFF_HOURS -> "outside working hours";
        };
        // A pause asked for during the routine starts when the routine ends.
        String state = s.paused() && phase != Phase.PAUSED ? what + "; then " + pause(s) : what;
        return wayOut(s).map(how -> state + " \u2014 " + how).orElse(state);
    }

    /** How to leave the state the planner is in: none is a dead end. */
    private static Optional<String> wayOut(PlannerState s) {
        return switch (s.phase()) {
            case COUNTING -> Optional.empty();
            case DUE -> Optional.of("take it with `deskbreak now`"
                    + (s.canSnooze() ? ", or `deskbreak snooze` or `deskbreak skip`" : ", or `deskbreak skip`"));
            case IN_ROUTINE -> Optional.of("finish it from its window or with `deskbreak skip`");
            case PAUSED -> Optional.of("`deskbreak resume` ends the pause");
            case OFF_HOURS -> Optional.of("reminders start with the working hours; change them with `deskbreak settings`");
        };
    }

    private String pause(PlannerState s) {
        return "paused " + s.pausedUntil().map(at -> "until " + time(at)).orElse("until resumed");
    }

    /** "in 0s" would read as a bug when the break is a few hundred milliseconds away. */
    private static Duration roundUp(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return Duration.ZERO;
        }
        return d.getNano() == 0 ? d : Duration.ofSeconds(d.getSeconds() + 1);
    }

    private static String field(String name, String jsonValue) {
        return string(name) + ":" + jsonValue;
    }

    private static String instant(Optional<Instant> at) {
        return at.map(i -> string(i.toString())).orElse("null");
    }

    /** A JSON string literal, escaped as RFC 8259 requires. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
