package org.deskbreak.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.Defaults;
import org.deskbreak.ipc.CommandServer;
import org.deskbreak.ipc.InstanceLock;
import org.deskbreak.ipc.Reply;
import org.deskbreak.ipc.Request;
import org.deskbreak.ipc.RunningInstance;
import org.deskbreak.ipc.RuntimeFolder;
import org.deskbreak.platform.FileErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code deskbreak} command line. With no command it starts the app, or, when one already runs
 * for this user, asks that one to show its status; every other command is sent to the running app.
 */
@Command(name = "deskbreak",
        mixinStandardHelpOptions = true,
        versionProvider = CliVersion.class,
        sortOptions = false,
        description = {"Reminds you to take a break and guides a two-minute wall-lean tennis-ball routine.",
                "With no command, starts DeskBreak in the system tray (or shows its status if it already runs)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  deskbreak                 start, or show the status of the running app",
                "  deskbreak now             start the routine now",
                "  deskbreak snooze 10m      put off the due break by 10 minutes",
                "  deskbreak pause 1h30m     no reminders for an hour and a half",
                "  deskbreak pause until-tomorrow",
                "  deskbreak every 45m       remind every 45 minutes (saved)",
                "  deskbreak status --json   state, next break and today's counts as JSON",
                "",
                "Durations: 90s, 10m, 1h, 1h30m.",
                "Exit codes:",
                "  0  done",
                "  1  DeskBreak is not running",
                "  2  bad usage",
                "  3  refused by DeskBreak (nothing due, no snoozes left, not paused)",
                "  4  failed (DeskBreak did not answer, or could not carry out the command)"})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int NOT_RUNNING = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;
    public static final int FAILED = 4;
    static final String NOT_RUNNING_HINT = "DeskBreak is not running. Start it with: deskbreak";

    private final Path runtimeDir;
    private final AppLauncher launcher;
    private final ZoneId zone;
    private final List<String> startOptions = new ArrayList<>();
    private CommandServer started;
    /** Where a start without arguments writes: it runs without the parser (see {@link #run}). */
    private PrintWriter plainOut;
    private PrintWriter plainErr;

    @Spec
    private CommandSpec spec;

    @Option(names = "--no-tray", description = "Start without a tray icon (for desktops that have no tray).")
    private boolean noTray;

    public Cli(Path runtimeDir, AppLauncher launcher, ZoneId zone) {
        this.runtimeDir = runtimeDir;
        this.launcher = launcher;
        this.zone = zone;
    }

    /** Parses and runs; the exit code to leave with, unless {@link #startedApp()} says the app now runs here. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            return startWithoutParser(out, err);
        }
        CommandLine line = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd));
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The plain start, the one every login and menu entry makes, has nothing to parse: going
     * around the parser keeps its classes (about 170, a megabyte of class data held all day)
     * out of the always-on process. What it prints and returns is what the parser's way does.
     */
    private int startWithoutParser(PrintWriter out, PrintWriter err) {
        plainOut = out;
        plainErr = err;
        int code;
        try {
            code = call();
        } catch (Exception e) {
            code = failed(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The server of the app this process started, which keeps the process running after main returns. */
    public Optional<CommandServer> startedApp() {
        return Optional.ofNullable(started);
    }

    // ---- start ---------------------------------------------------------------------------

    @Override
    public Integer call() throws Exception {
        if (noTray) {
            startOptions.add("--no-tray");
        }
        RuntimeFolder folder = RuntimeFolder.prepare(runtimeDir);
        long deadline = System.nanoTime() + RunningInstance.STARTUP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(folder.lockFile());
            if (lock.isPresent()) {
                started = launch(lock.get(), folder);
                return OK;
            }
            Optional<Reply> shown = RunningInstance.trySend(folder, Request.of(CliDispatcher.SHOW_STATUS));
            if (shown.isPresent()) {
                return print(shown.get());
            }
            RunningInstance.pause();
        }
        err().println("DeskBreak seems to be starting but does not answer; try again in a moment.");
        return FAILED;
    }

    private CommandServer launch(InstanceLock lock, RuntimeFolder folder) throws Exception {
        try {
            RunningApp app = launcher.launch(startOptions.toArray(String[]::new));
            // The app has applied its language setting by now: answers show times as its windows do.
            ClockFormat clock = new ClockFormat(Locale.getDefault(), zone);
            return CommandServer.start(lock, folder, new CliDispatcher(app, clock));
        } catch (Exception | Error e) {
            lock.close();
            throw e;
        }
    }

    // ---- commands for the running app -----------------------------------------------------

    @Command(name = "now",
            footerHeading = "%nExample:%n", footer = {"  deskbreak now"},
            description = "Start the routine now.")
    int now(@Mixin CliHelp help) throws IOException {
        return send(Request.of("now"));
    }

    @Command(name = "snooze",
            footerHeading = "%nExamples:%n", footer = {"  deskbreak snooze", "  deskbreak snooze 15m"},
            description = "Put off the due break (by the snooze length from the settings, or DURATION).")
    int snooze(@Mixin CliHelp help,
               @Parameters(arity = "0..1", paramLabel = "DURATION", description = "1m to 2h, e.g. 10m") String duration)
            throws IOException {
        if (duration == null) {
            return send(Request.of("snooze"));
        }
        Duration length = duration(duration, "snooze");
        if (!Defaults.SNOOZE_LENGTH.contains(length)) {
            throw usage("snooze " + duration + ": must be between " + CliDurations.format(Defaults.SNOOZE_LENGTH.min())
                    + " and " + CliDurations.format(Defaults.SNOOZE_LENGTH.max()));
        }
        return send(Request.of("snooze", CliDurations.format(length)));
    }

    @Command(name = "skip",
            footerHeading = "%nExample:%n", footer = {"  deskbreak skip"},
            description = "Skip the due break; the next one is a full interval away.")
    int skip(@Mixin CliHelp help) throws IOException {
        return send(Request.of("skip"));
    }

    @Command(name = "pause",
            footerHeading = "%nExamples:%n",
            footer = {"  deskbreak pause 1h30m", "  deskbreak pause until-tomorrow", "  deskbreak pause"},
            description = "Pause reminders for DURATION, until-tomorrow (morning), or indefinitely (the default).")
    int pause(@Mixin CliHelp help,
              @Parameters(arity = "0..1", paramLabel = "DURATION|until-tomorrow|indefinitely") String how)
            throws IOException {
        if (how == null || how.equals(CliDispatcher.INDEFINITELY) || how.equals(CliDispatcher.UNTIL_TOMORROW)) {
            return send(how == null ? Request.of("pause") : Request.of("pause", how));
        }
        Duration length;
        try {
            length = CliDurations.parse(how);
        } catch (IllegalArgumentException e) {
            throw usage("pause " + how + ": expected a duration (e.g. 30m), until-tomorrow or indefinitely");
        }
        if (length.compareTo(CliDispatcher.LONGEST_PAUSE) > 0) {
            throw usage("pause " + how + ": at most " + CliDurations.format(CliDispatcher.LONGEST_PAUSE)
                    + "; use 'pause indefinitely' and 'resume'");
        }
        return send(Request.of("pause", CliDurations.format(length)));
    }

    @Command(name = "resume",
            footerHeading = "%nExample:%n", footer = {"  deskbreak resume"},
            description = "Resume reminders after a pause.")
    int resume(@Mixin CliHelp help) throws IOException {
        return send(Request.of("resume"));
    }

    @Command(name = "every",
            footerHeading = "%nExample:%n", footer = {"  deskbreak every 30m"},
            description = "Remind every DURATION from now on (saved in the settings).")
    int every(@Mixin CliHelp help,
              @Parameters(paramLabel = "DURATION", description = "1m to 8h, e.g. 45m") String duration)
            throws IOException {
        Duration interval = duration(duration, "every");
        if (!Defaults.INTERVAL.contains(interval)) {
            throw usage("every " + duration + ": must be between " + CliDurations.format(Defaults.INTERVAL.min())
                    + " and " + CliDurations.format(Defaults.INTERVAL.max()));
        }
        return send(Request.of("every", CliDurations.format(interval)));
    }

    @Command(name = "status",
            footerHeading = "%nExamples:%n", footer = {"  deskbreak status", "  deskbreak status --json"},
            description = "Print the state, the next break and today's counts.")
    int status(@Mixin CliHelp help,
               @Option(names = "--json", description = "Print JSON for scripts and status bars.") boolean json)
            throws IOException {
        return send(json ? Request.of("status", CliDispatcher.JSON) : Request.of("status"));
    }

    @Command(name = "settings",
            footerHeading = "%nExample:%n", footer = {"  deskbreak settings"},
            description = "Open the settings window.")
    int settings(@Mixin CliHelp help) throws IOException {
        return send(Request.of("settings"));
    }

    @Command(name = "stats",
            footerHeading = "%nExample:%n", footer = {"  deskbreak stats"},
            description = "Open the statistics window.")
    int stats(@Mixin CliHelp help) throws IOException {
        return send(Request.of("stats"));
    }

    @Command(name = "quit",
            footerHeading = "%nExample:%n", footer = {"  deskbreak quit"},
            description = "Quit the running DeskBreak.")
    int quit(@Mixin CliHelp help) throws IOException {
        return send(Request.of("quit"));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private int send(Request request) throws IOException {
        Optional<Reply> reply = RunningInstance.send(RuntimeFolder.prepare(runtimeDir), request);
        if (reply.isEmpty()) {
            err().println(NOT_RUNNING_HINT);
            return NOT_RUNNING;
        }
        return print(reply.get());
    }

    private int print(Reply reply) {
        PrintWriter to = reply.status() == Reply.Status.OK ? out() : err();
        if (!reply.message().isEmpty()) {
            to.println(reply.message());
        }
        if (!reply.body().isEmpty()) {
            to.print(reply.body());
        }
        to.flush();
        return switch (reply.status()) {
            case OK -> OK;
            case REFUSED -> REFUSED;
            case BAD -> USAGE;
            case DENIED, ERROR -> FAILED;
        };
    }

    private Duration duration(String text, String command) {
        try {
            return CliDurations.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(command + " " + text + ": " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        CommandLine where = parsed.hasSubcommand() ? parsed.subcommand().commandSpec().commandLine() : spec.commandLine();
        return new CommandLine.ParameterException(where, message);
    }

    private PrintWriter out() {
        return spec != null ? spec.commandLine().getOut() : plainOut;
    }

    private PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : plainErr;
    }

    /** One line naming the bad part, then where to read more; never a stack trace. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        boolean unknownCommand = e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
        err.println("deskbreak: " + (unknownCommand
                ? "unknown command '" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0) + "'"
                : e.getMessage()));
        err.println("Try: deskbreak " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help");
        err.flush();
        return USAGE;
    }

    private static int failed(Exception e, CommandLine cmd) {
        return failed(e, cmd.getErr());
    }

    private static int failed(Exception e, PrintWriter err) {
        String why = e instanceof IOException io ? FileErrors.describe(io)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("deskbreak: " + why);
        err.flush();
        return FAILED;
    }
}
