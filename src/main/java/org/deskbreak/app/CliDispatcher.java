package org.deskbreak.app;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.deskbreak.core.ActionResult;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Refusal;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.ipc.Reply;
import org.deskbreak.ipc.Request;
import org.deskbreak.ipc.RequestHandler;

/**
 * Carries out commands in the running app. Arguments are checked again here: the socket accepts
 * anything the user's own programs send, not only what our command line checked first.
 */
final class CliDispatcher implements RequestHandler {

    /** Longer than any working day; beyond it "pause indefinitely" says what is meant. */
    static final Duration LONGEST_PAUSE = Duration.ofHours(24);
    static final String SHOW_STATUS = "show-status";
    static final String UNTIL_TOMORROW = "until-tomorrow";
    static final String INDEFINITELY = "indefinitely";
    static final String JSON = "json";

    private final RunningApp app;
    private final CliStatusFormat format;

    CliDispatcher(RunningApp app, ClockFormat clock) {
        this.app = app;
        this.format = new CliStatusFormat(clock);
    }

    @Override
    public Reply handle(Request request) {
        List<String> args = request.args();
        try {
            return switch (request.command()) {
                case SHOW_STATUS -> noArgs(args, () -> open(app::showStatus, "Showing the status."));
                case "now" -> noArgs(args, this::startRoutine);
                case "snooze" -> snooze(args);
                case "skip" -> noArgs(args, this::skip);
                case "pause" -> pause(args);
                case "resume" -> noArgs(args, this::resume);
                case "every" -> every(args);
                case "status" -> status(args);
                case "settings" -> noArgs(args, () -> open(app::showSettings, "Opened the settings."));
                case "stats" -> noArgs(args, () -> open(app::showStats, "Opened the statistics."));
                case "quit" -> noArgs(args, () -> Reply.ok("DeskBreak is quitting.").thenRun(app::quit));
                default -> Reply.bad("unknown command '" + request.command() + "'");
            };
        } catch (IllegalArgumentException e) {
            return Reply.bad(e.getMessage());
        }
    }

    private Reply startRoutine() {
        boolean alreadyUp = planner().startRoutine().refusal().filter(r -> r == Refusal.ROUTINE_SHOWING).isPresent();
        return Reply.ok(alreadyUp ? "The routine's window is already open; brought it to the front." : "Starting the routine.");
    }

    private Reply snooze(List<String> args) {
        atMostOne(args);
        ActionResult result;
        if (args.isEmpty()) {
            result = planner().snooze();
        } else {
            Duration length = CliDurations.parse(args.get(0));
            requireIn(Defaults.SNOOZE_LENGTH, length, "snooze");
            result = planner().snooze(length);
        }
        return answer(result, () -> "Snoozed; next break at " + nextBreak(planner().snapshot()) + ".");
    }

    private Reply skip() {
        return answer(planner().skip(), () -> "Skipped this break; next one at " + nextBreak(planner().snapshot()) + ".");
    }

    private Reply pause(List<String> args) {
        atMostOne(args);
        String how = args.isEmpty() ? INDEFINITELY : args.get(0);
        Pause pause = switch (how) {
            case INDEFINITELY -> Pause.untilResumed();
            case UNTIL_TOMORROW -> Pause.untilTomorrowMorning();
            default -> Pause.of(pauseLength(how));
        };
        planner().pause(pause);
        PlannerState s = planner().snapshot();
        return Reply.ok(s.pausedUntil().map(at -> "Paused until " + format.time(at) + ".")
                .orElse("Paused until you resume."));
    }

    private static Duration pauseLength(String text) {
        Duration length;
        try {
            length = CliDurations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pause takes a duration, until-tomorrow or indefinitely, not '" + text + "'");
        }
        if (length.compareTo(LONGEST_PAUSE) > 0) {
            throw new IllegalArgumentException("pause " + text + " is longer than " + CliDurations.format(LONGEST_PAUSE)
                    + "; use 'pause indefinitely' and 'resume'");
        }
        return length;
    }

    private Reply resume() {
        return answer(planner().resume(), () -> "Resumed; next break at " + nextBreak(planner().snapshot()) + ".");
    }

    private Reply every(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("every takes one duration, such as 45m");
        }
        Duration interval = CliDurations.parse(args.get(0));
        requireIn(Defaults.INTERVAL, interval, "every");
        try {
            app.setInterval(interval);
        } catch (SettingsNotSaved e) {
            return Reply.error(e.getMessage() + "; reminding every " + CliDurations.format(interval)
                    + " until DeskBreak restarts");
        }
        return Reply.ok("Reminding every " + CliDurations.format(interval) + "; next break at "
                + nextBreak(planner().snapshot()) + ".");
    }

    private Reply status(List<String> args) {
        atMostOne(args);
        PlannerState s = planner().snapshot();
        if (args.isEmpty()) {
            return Reply.ok("").withBody(format.text(s, app.tray(), app.moments()));
        }
        if (!args.get(0).equals(JSON)) {
            throw new IllegalArgumentException("status knows only the json format, not '" + args.get(0) + "'");
        }
        return Reply.ok("").withBody(format.json(s, app.tray(), app.moments()));
    }

    private static Reply open(Runnable window, String message) {
        window.run();
        return Reply.ok(message);
    }

    private Reply answer(ActionResult result, Supplier<String> done) {
        return result.refusal().map(this::reason).map(Reply::refused).orElseGet(() -> Reply.ok(done.get()));
    }

    private String reason(Refusal refusal) {
        return switch (refusal) {
            case NOTHING_DUE -> "No break is due right now.";
            case SNOOZE_LIMIT_REACHED -> "No snoozes left today (" + planner().settings().snoozeLimitPerDay()
                    + " a day); take the break or skip it.";
            case NOT_PAUSED -> "DeskBreak is not paused.";
            case NOT_IN_ROUTINE -> "The routine is not running.";
            case ROUTINE_SHOWING -> "The routine's window is already open.";
        };
    }

    private String nextBreak(PlannerState s) {
        return s.nextBreakAt().map(format::time).orElse("none planned");
    }

    private static Reply noArgs(List<String> args, Supplier<Reply> action) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + args.get(0) + "'");
        }
        return action.get();
    }

    private static void atMostOne(List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("unexpected argument '" + args.get(1) + "'");
        }
    }

    static void requireIn(Defaults.Range range, Duration d, String command) {
        if (!range.contains(d)) {
            throw new IllegalArgumentException(command + " " + CliDurations.format(d) + " is out of range: use "
                    + CliDurations.format(range.min()) + " to " + CliDurations.format(range.max()));
        }
    }

    private Planner planner() {
        return app.planner();
    }
}
