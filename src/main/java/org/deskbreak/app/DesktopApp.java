package org.deskbreak.app;

import java.awt.AWTError;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.dbus.SessionBus;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.platform.DesktopTheme;
import org.deskbreak.ui.AboutDialog;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.AppTheme;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.DesktopUi;
import org.deskbreak.ui.Edt;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.Presence;
import org.deskbreak.ui.ReminderCard;
import org.deskbreak.ui.SettingsWindow;
import org.deskbreak.ui.StatsWindow;
import org.deskbreak.ui.StatusText;
import org.deskbreak.ui.StatusWindow;
import org.deskbreak.tray.SniPresence;
import org.deskbreak.tray.TrayPresence;
import org.deskbreak.tray.sni.SniTray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: the planner, the settings file, the scheduler, the tray icon (or the status
 * window) and the reminder and routine windows, wired together and started.
 *
 * <p>Start it with {@link #launch(AppDirs, Options)}. Without a display it prints one line to
 * standard error and exits with {@link #EXIT_NO_DISPLAY}.
 */
public final class DesktopApp implements RunningApp {

    /** Exit code when there is no graphical desktop to show anything on. */
    public static final int EXIT_NO_DISPLAY = 2;
    /** Speeds up the routine's steps (0.05 = twenty times faster): demos and desktop tests. */
    public static final String TIME_SCALE_PROPERTY = "deskbreak.timeScale";

    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);
    /** Longest wait for the session bus, at start: connecting, and registering the tray item. */
    static final Duration SNI_TIMEOUT = Duration.ofSeconds(5);

    /**
     * How to start.
     *
     * @param noTray    show the status window instead of a tray icon ({@code --no-tray})
     * @param timeScale the routine's speed factor; 1 is real time
     */
    public record Options(boolean noTray, double timeScale) {
        public Options {
            if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
                throw new IllegalArgumentException("timeScale must be a positive number: " + timeScale);
            }
        }

        /** The start options as typed, to start the same way again (at login). */
        public List<String> arguments() {
            return noTray ? List.of("--no-tray") : List.of();
        }

        /** {@code noTray} as given, the time scale from {@value #TIME_SCALE_PROPERTY} (1 when unset or bad). */
        public static Options of(boolean noTray) {
            return new Options(noTray, timeScaleFrom(System.getProperty(TIME_SCALE_PROPERTY)));
        }

        static double timeScaleFrom(String value) {
            if (value == null) {
                return 1.0;
            }
            try {
                double d = Double.parseDouble(value.trim());
                return d > 0 && !Double.isInfinite(d) ? d : 1.0;
            } catch (NumberFormatException e) {
                return 1.0;
            }
        }
    }

    /** How long the start waits for the event thread to build the windows before it reports a deadlock. */
    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(60);
    /** On the way out: closing the windows, then letting the file thread finish what it was given. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

    // Every field is final: built on the event thread before the app is handed to any other
    // thread. The views are used on the event thread only; other threads reach them through Edt.
    private final Planner planner;
    private final SettingsStore store;
    private final DesktopParts parts;
    private final Messages messages;
    private final AppTheme theme;
    private final FileWork fileWork;
    private final Presence presence;
    private final TrayChoice trayChoice;
    private final ReminderCard card;
    private final SettingsWindow settingsWindow;
    private final AboutDialog about;
    private final StatsWindow statsWindow;
    private final DesktopParts.RoutineWindow routine;
    private final BreakActions actions;
    private final MomentSources moments;
    /** Set once, after the windows are up and before the planner starts. */
    private final AtomicReference<DesktopParts.WakeUps> wakeUps = new AtomicReference<>();
    private final AtomicBoolean quitting = new AtomicBoolean();

    /** Builds the windows and the tray icon (or status window). Event thread. */
    private DesktopApp(Planner planner, SettingsStore store, DesktopParts parts, Messages messages, AppTheme theme,
                       FileWork fileWork, Options options, AppIcons icons, StatusText text, SniOutcome sni,
                       MomentSources moments) {
        Edt.check();
        this.moments = moments;
        this.planner = planner;
        this.store = store;
        this.parts = parts;
        this.messages = messages;
        this.theme = theme;
        this.fileWork = fileWork;
        theme.apply(planner.settings().theme());
        settingsWindow = new SettingsWindow(messages, icons, parts.routineIds());
        about = new AboutDialog(messages, icons);
        statsWindow = new StatsWindow(messages, icons, fileWork, parts::statistics);
        actions = new BreakActions(planner, store, fileWork, this::settingsApplied, this::tellNotSaved,
                this::openSettings, about::open, statsWindow::open, this::quit);
        card = new ReminderCard(actions, messages, text, icons, planner::snapshot, parts.routineIds());
        routine = parts.routineWindow(planner, actions::saveInBackground);
        Chosen chosen = choosePresence(options, icons, text, sni);
        presence = chosen.presence();
        trayChoice = chosen.choice();
        log.info("tray: {}: {}", trayChoice.describe(), trayChoice.reason());
        planner.addListener(new DesktopUi(presence, card, text, messages, Clock.systemDefaultZone()));
        planner.addListener(routine.listener());
    }

    /**
     * What {@link AppLauncher} needs: starts the desktop app with the command line's start options
     * ({@code --no-tray}); the routine's speed comes from {@value #TIME_SCALE_PROPERTY}.
     */
    public static DesktopApp launch(AppDirs dirs, String[] startOptions) {
        return launch(dirs, Options.of(java.util.Arrays.asList(startOptions).contains("--no-tray")));
    }

    /** Starts the desktop app with the real settings file, scheduler and routine window. */
    public static DesktopApp launch(AppDirs dirs, Options options) {
        return launch(new DesktopWiring(dirs, options.timeScale(), options.arguments()), options);
    }

    /**
     * Starts the app from the given parts: reads the settings, shows the tray icon (or the status
     * window) and starts planning. Returns once everything is on screen. Never returns when there
     * is no display: prints why and exits with {@link #EXIT_NO_DISPLAY}.
     */
    public static DesktopApp launch(DesktopParts parts, Options options) {
        UncaughtLogging.install();
        requireDisplay(Messages.forDefaultLocale());
        SettingsStore store = parts.settingsStore();
        Settings settings = store.load();
        // The language setting, read once at start: every bundle and date format follows it.
        Locale.setDefault(settings.locale(Locale.getDefault()));
        Messages messages = Messages.forDefaultLocale();
        java.util.Optional<DesktopParts.SettingsTrouble> trouble = parts.settingsProblem();
        // Runs a command or two with a timeout: here, before the event thread exists.
        boolean dark = DesktopTheme.prefersDark().orElse(false);
        // The app's one session-bus connection: the D-Bus tray, the busy signals and GNOME's idle time share it.
        SessionBus.Outcome connected = connectBus();
        java.util.Optional<SessionBus> bus = connected instanceof SessionBus.Connected c
                ? java.util.Optional.of(c.bus()) : java.util.Optional.empty();
        MomentSources moments = parts.moments(bus);   // each logs what it found, once
        Planner planner = new Planner(Clock.systemDefaultZone(), settings, moments.idle());
        FileWork fileWork = new FileWork("deskbreak-files");
        planner.addListener(new StateLog());
        planner.addListener(new MomentWatch(planner, moments.busy(), moments.idle()));
        // Neither needs the event thread; the D-Bus tray's first look is made from them before it exists.
        AppIcons icons = AppIcons.load();
        StatusText text = new StatusText(messages, Clock.systemDefaultZone().getZone());
        SniOutcome sni = options.noTray() ? SniOutcome.none("started with --no-tray")
                : bus.map(b -> registerSni(b, icons, messages, text, planner))
                        .orElseGet(() -> SniOutcome.none(((SessionBus.Unavailable) connected).reason()));
        DesktopApp app;
        try {
            app = Edt.now(() -> new DesktopApp(planner, store, parts, messages, new AppTheme(dark), fileWork, options,
                    icons, text, sni, moments), BUILD_TIMEOUT);
        } catch (RuntimeException | Error e) {
            if (isNoDisplay(e)) {
                exitNoDisplay(messages, rootNoDisplay(e));
            }
            throw new IllegalStateException("the desktop app could not start", e);
        }
        store.onExternalChange(app::settingsChangedOutside);
        trouble.ifPresent(t -> Edt.later(() -> app.tellSettingsTrouble(t)));
        parts.onSettingsTrouble(t -> Edt.later(() -> app.tellSettingsTrouble(t)));
        parts.settingsInEffect(settings);
        parts.attachHistory(planner, fileWork);
        DesktopParts.WakeUps wakeUps = parts.startWakeUps(planner::tick);
        app.wakeUps.set(wakeUps);
        planner.setWakeUpScheduler(wakeUps);
        planner.start();
        log.info("desktop app started: interval={} tray={}", settings.interval(), !options.noTray());
        return app;
    }

    /**
     * The D-Bus tray, where the session bus has a StatusNotifierItem host: the item is put on the
     * bus and registered here, on the starting thread, before any window exists, since the bus
     * may keep us waiting and the event thread must never wait for it. Host clicks that arrive
     * before the windows are built are dropped.
     */
    private static SniOutcome registerSni(SessionBus bus, AppIcons icons, Messages messages, StatusText text,
                                          Planner planner) {
        SniTray.Probe probe = SniTray.probe(bus, SNI_TIMEOUT);
        if (!(probe instanceof SniTray.Ready ready)) {
            return SniOutcome.none(((SniTray.Unavailable) probe).reason());
        }
        SniPresence.Look look = new SniPresence.Look(icons, messages, text);
        SniPresence.Requests requests = new SniPresence.Requests();
        try {
            ready.tray().start(look.of(planner.snapshot()), requests, SNI_TIMEOUT);
            return new SniOutcome(java.util.Optional.of(ready.tray()), look, requests, "registered as "
                    + ready.tray().busName() + " with org.kde.StatusNotifierWatcher on the session bus ("
                    + ready.tray().busKind() + ")");
        } catch (SniTray.NotRegistered e) {
            ready.tray().close();
            return SniOutcome.none("the StatusNotifierWatcher did not take the item: " + e.getMessage());
        }
    }

    private static SessionBus.Outcome connectBus() {
        SessionBus.Outcome outcome = SessionBus.connect(System.getenv(), SNI_TIMEOUT);
        if (outcome instanceof SessionBus.Unavailable none) {
            log.info("no session bus: {}", none.reason());
        }
        return outcome;
    }

    /** The D-Bus tray item, registered, or why there is none. */
    private record SniOutcome(java.util.Optional<SniTray> tray, SniPresence.Look look, SniPresence.Requests requests,
                              String reason) {
        static SniOutcome none(String reason) {
            return new SniOutcome(java.util.Optional.empty(), null, null, reason);
        }
    }

    private record Chosen(Presence presence, TrayChoice choice) {
    }

    /**
     * The tray item over D-Bus where a StatusNotifierItem host took it, else the XEmbed tray
     * icon, else the status window; with the reason, logged once and kept for {@code deskbreak status}.
     */
    private Chosen choosePresence(Options options, AppIcons icons, StatusText text, SniOutcome sni) {
        if (sni.tray().isPresent()) {
            SniPresence item = new SniPresence(sni.tray().get(), sni.look(), sni.requests(), messages, text, actions,
                    planner::snapshot);
            return new Chosen(item, new TrayChoice(TrayChoice.SNI, sni.reason()));
        }
        String noSni = sni.reason();
        String why = "status.why.option";
        if (!options.noTray()) {
            if (SystemTray.isSupported()) {
                TrayPresence tray = new TrayPresence(SystemTray.getSystemTray(), icons, messages, text, actions,
                        planner::snapshot);
                try {
                    tray.install();
                    return new Chosen(tray, new TrayChoice(TrayChoice.XEMBED,
                            "tray icon added to the X11 system tray; no D-Bus tray: " + noSni));
                } catch (AWTException e) {
                    log.warn("the tray refused the icon, showing the status window instead", e);
                    noSni += "; the X11 system tray refused the icon (" + e.getMessage() + ")";
                }
            } else {
                noSni += "; no X11 system tray on this desktop";
            }
            why = "status.why.noTray";
        }
        StatusWindow window = new StatusWindow(actions, messages, text, icons, planner::snapshot, why);
        window.showStatus();
        return new Chosen(window, new TrayChoice(TrayChoice.WINDOW, "status window shown; " + noSni));
    }

    // ---- RunningApp -----------------------------------------------------------------------

    @Override
    public Planner planner() {
        return planner;
    }

    @Override
    public java.util.Optional<TrayChoice> tray() {
        return java.util.Optional.of(trayChoice);
    }

    @Override
    public java.util.Optional<MomentSources> moments() {
        return java.util.Optional.of(moments);
    }

    @Override
    public void setInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        actions.setInterval(interval);
    }

    @Override
    public void showStatus() {
        Edt.later(presence::showStatus);
    }

    @Override
    public void showSettings() {
        Edt.later(this::openSettings);
    }

    @Override
    public void showStats() {
        Edt.later(statsWindow::open);
    }

    /**
     * Saves the settings, stops the timer, closes the windows (a routine on screen is recorded as
     * cut short), lets the file thread write what it was handed, and exits. Any thread; once.
     */
    @Override
    public void quit() {
        if (!quitting.compareAndSet(false, true)) {
            return;
        }
        log.info("quitting");
        Settings last = planner.settings();
        fileWork.execute(() -> saveOnTheWayOut(last));
        DesktopParts.WakeUps running = wakeUps.get();
        if (running != null) {
            running.stop();
        }
        try {
            Edt.now(this::closeWindows, CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            log.warn("closing the windows failed", e);
        }
        fileWork.drain(DRAIN_TIMEOUT);
        System.exit(0);
    }

    // ---- inside -----------------------------------------------------------------------------

    private void saveOnTheWayOut(Settings last) {
        try {
            store.save(last);
        } catch (RuntimeException e) {
            log.warn("could not save the settings on the way out", e);
        }
    }

    private void closeWindows() {
        card.close();
        settingsWindow.close();
        about.close();
        statsWindow.close();
        routine.close();
        presence.remove();
    }

    private void openSettings() {
        settingsWindow.open(planner.settings(), actions::saveInBackground);
    }

    private void tellSettingsTrouble(DesktopParts.SettingsTrouble trouble) {
        String text = trouble.keptAs()
                .map(kept -> messages.text(trouble.whileRunning() ? "settings.trouble.keptWhileRunning"
                        : "settings.trouble.kept", trouble.reason(), kept))
                .orElseGet(() -> messages.text("settings.trouble", trouble.reason()));
        log.warn("told the user: {}", text);
        presence.headsUp(messages.text("settings.trouble.title"), text);
    }

    /** A menu choice applied but could not be written: file thread. */
    private void tellNotSaved(SettingsNotSaved e) {
        log.warn("told the user: {}", e.getMessage());
        Edt.later(() -> presence.headsUp(messages.text("settings.notSaved.title"), e.getMessage()));
    }

    /** After Save or a menu choice: the look may have changed. */
    private void settingsApplied(Settings settings) {
        parts.settingsInEffect(settings);
        Edt.later(() -> theme.apply(settings.theme()));
    }

    /** deskbreak.ini was edited by hand: take it as it is now. */
    private void settingsChangedOutside(Settings settings) {
        log.info("settings file changed outside the app");
        actions.settingsChangedOutside();
    }

    /**
     * No display at all, and a display that points nowhere ({@code DISPLAY=:9999}), end the same
     * way: the second only shows when the toolkit first connects, so connect here, before anything
     * else touches AWT, rather than let the error escape as a stack trace and exit code 1.
     */
    private static void requireDisplay(Messages messages) {
        if (GraphicsEnvironment.isHeadless()) {
            exitNoDisplay(messages, null);
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            Toolkit.getDefaultToolkit();
        } catch (RuntimeException | Error e) {
            if (isNoDisplay(e)) {
                exitNoDisplay(messages, e);
            }
            throw e;
        }
    }

    static boolean isNoDisplay(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HeadlessException || c instanceof AWTError || isDisplayConnection(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootNoDisplay(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HeadlessException || c instanceof AWTError || isDisplayConnection(c)) {
                return c;
            }
        }
        return t;
    }

    /** Some toolkits report a failed connection as an InternalError naming the X11 server or the display. */
    private static boolean isDisplayConnection(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof InternalError && (message.contains("x11") || message.contains("display"));
    }

    private static void exitNoDisplay(Messages messages, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? ""
                : messages.text("error.noDisplay.detail", cause.getMessage().strip());
        System.err.println(messages.text("error.noDisplay", detail));
        System.exit(EXIT_NO_DISPLAY);
    }
}
