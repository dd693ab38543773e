package org.deskbreak.app;

import java.awt.AWTError;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.SystemTray;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.platform.DesktopTheme;
import org.deskbreak.ui.AboutDialog;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.AppTheme;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.DesktopUi;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.Presence;
import org.deskbreak.ui.ReminderCard;
import org.deskbreak.ui.SettingsWindow;
import org.deskbreak.ui.StatsWindow;
import org.deskbreak.ui.StatusText;
import org.deskbreak.ui.StatusWindow;
import org.deskbreak.tray.SniPresence;
import org.deskbreak.tray.TrayPresence;
import org.deskbreak.tray.sni.ItemState;
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

    private final Planner planner;
    private final SettingsStore store;
    private final DesktopParts parts;
    private final Messages messages;
    private final AppTheme theme;
    private DesktopParts.WakeUps wakeUps;
    private Presence presence;
    private ReminderCard card;
    private SettingsWindow settingsWindow;
    private AboutDialog about;
    private StatsWindow statsWindow;
    private DesktopParts.RoutineWindow routine;
    private BreakActions actions;
    private AppIcons icons;
    private StatusText text;
    private volatile TrayChoice trayChoice;
    private volatile boolean quitting;

    private DesktopApp(Planner planner, SettingsStore store, DesktopParts parts, Messages messages, AppTheme theme) {
        this.planner = planner;
        this.store = store;
        this.parts = parts;
        this.messages = messages;
        this.theme = theme;
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
        return launch(new DesktopWiring(dirs, options.timeScale()), options);
    }

    /**
     * Starts the app from the given parts: reads the settings, shows the tray icon (or the status
     * window) and starts planning. Returns once everything is on screen. Never returns when there
     * is no display: prints why and exits with {@link #EXIT_NO_DISPLAY}.
     */
    public static DesktopApp launch(DesktopParts parts, Options options) {
        requireDisplay(Messages.forDefaultLocale());
        SettingsStore store = parts.settingsStore();
        Settings settings = store.load();
        // The language setting, read once at start: every bundle and date format follows it.
        Locale.setDefault(settings.locale(Locale.getDefault()));
        Messages messages = Messages.forDefaultLocale();
        java.util.Optional<DesktopParts.SettingsTrouble> trouble = parts.settingsProblem();
        // Runs a command or two with a timeout: here, before the event thread exists.
        boolean dark = DesktopTheme.prefersDark().orElse(false);
        Planner planner = new Planner(Clock.systemDefaultZone(), settings, parts.idle());
        DesktopApp app = new DesktopApp(planner, store, parts, messages, new AppTheme(dark));
        planner.addListener(new StateLog());
        // The D-Bus tray is looked for before any window exists, on this thread: connecting may
        // wait for the bus, and the event thread never does.
        SniTray.Probe sni = options.noTray() ? new SniTray.Unavailable("started with --no-tray")
                : SniTray.probe(System.getenv(), SNI_TIMEOUT);
        onEventThreadAndWait(messages, () -> app.buildUi());
        app.showPresence(options, sni);
        store.onExternalChange(app::settingsChangedOutside);
        trouble.ifPresent(t -> EventQueue.invokeLater(() -> app.tellSettingsTrouble(t)));
        parts.settingsInEffect(settings);
        parts.attachHistory(planner);
        app.wakeUps = parts.startWakeUps(planner::tick);
        planner.setWakeUpScheduler(app.wakeUps);
        planner.start();
        log.info("desktop app started: interval={} tray={}", settings.interval(), !options.noTray());
        return app;
    }

    private void buildUi() {
        theme.apply(planner.settings().theme());
        icons = AppIcons.load();
        text = new StatusText(messages, Clock.systemDefaultZone().getZone());
        settingsWindow = new SettingsWindow(messages, icons);
        about = new AboutDialog(messages, icons);
        statsWindow = new StatsWindow(messages, icons, parts::statistics);
        actions = new BreakActions(planner, store, this::settingsApplied,
                this::openSettings, about::open, statsWindow::open, this::quit);
        card = new ReminderCard(actions, messages, text, icons, planner::snapshot);
        routine = parts.routineWindow(planner);
    }

    /**
     * The tray item over D-Bus where a StatusNotifierItem host runs, else the XEmbed tray icon,
     * else the status window. The choice and its reason are logged once and kept for
     * {@code deskbreak status}. The bus is only talked to from this (the starting) thread.
     */
    private void showPresence(Options options, SniTray.Probe probe) {
        String noSni;
        if (probe instanceof SniTray.Ready ready) {
            SniPresence[] item = new SniPresence[1];
            ItemState[] first = new ItemState[1];
            onEventThreadAndWait(messages, () -> {
                item[0] = new SniPresence(ready.tray(), icons, messages, text, actions, planner::snapshot);
                first[0] = item[0].itemState(planner.snapshot());
            });
            try {
                ready.tray().start(first[0], item[0], SNI_TIMEOUT);
                TrayChoice choice = new TrayChoice(TrayChoice.SNI, "registered as " + ready.tray().busName()
                        + " with org.kde.StatusNotifierWatcher on the session bus (" + ready.tray().busKind() + ")");
                onEventThreadAndWait(messages, () -> presenceChosen(item[0], choice));
                return;
            } catch (SniTray.NotRegistered e) {
                ready.tray().close();
                noSni = "the StatusNotifierWatcher did not take the item: " + e.getMessage();
            }
        } else {
            noSni = ((SniTray.Unavailable) probe).reason();
        }
        String why = noSni;
        onEventThreadAndWait(messages, () -> choosePresenceWithoutSni(options, why));
    }

    private void choosePresenceWithoutSni(Options options, String noSni) {
        String why = "status.why.option";
        if (!options.noTray()) {
            if (SystemTray.isSupported()) {
                TrayPresence tray = new TrayPresence(SystemTray.getSystemTray(), icons, messages, text, actions,
                        planner::snapshot);
                try {
                    tray.install();
                    presenceChosen(tray, new TrayChoice(TrayChoice.XEMBED, "tray icon added to the X11 system tray; "
                            + "no D-Bus tray: " + noSni));
                    return;
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
        presenceChosen(window, new TrayChoice(TrayChoice.WINDOW, "status window shown; " + noSni));
    }

    private void presenceChosen(Presence chosen, TrayChoice choice) {
        presence = chosen;
        trayChoice = choice;
        log.info("tray: {}: {}", choice.describe(), choice.reason());
        planner.addListener(new DesktopUi(presence, card, text, messages, routine::show, Clock.systemDefaultZone()));
    }

    /** Runs Swing work on the event thread and waits; a missing display ends the app as at start. */
    private static void onEventThreadAndWait(Messages messages, Runnable work) {
        try {
            EventQueue.invokeAndWait(work);
        } catch (InvocationTargetException e) {
            if (isNoDisplay(e.getCause())) {
                exitNoDisplay(messages, e.getCause());
            }
            throw new IllegalStateException("the desktop app could not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    // ---- RunningApp -----------------------------------------------------------------------

    @Override
    public Planner planner() {
        return planner;
    }

    @Override
    public java.util.Optional<TrayChoice> tray() {
        return java.util.Optional.ofNullable(trayChoice);
    }

    @Override
    public void setInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        actions.setInterval(interval);
    }

    @Override
    public void showStatus() {
        EventQueue.invokeLater(() -> presence.showStatus());
    }

    @Override
    public void showSettings() {
        EventQueue.invokeLater(this::openSettings);
    }

    @Override
    public void showStats() {
        EventQueue.invokeLater(statsWindow::open);
    }

    @Override
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        log.info("quitting");
        try {
            store.save(planner.settings());
        } catch (RuntimeException e) {
            log.warn("could not save the settings on the way out", e);
        }
        if (wakeUps != null) {
            wakeUps.stop();
        }
        Runnable closeWindows = this::closeWindows;
        if (EventQueue.isDispatchThread()) {
            closeWindows.run();
        } else {
            try {
                EventQueue.invokeAndWait(closeWindows);
            } catch (InvocationTargetException e) {
                log.warn("closing the windows failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(0);
    }

    // ---- inside -----------------------------------------------------------------------------

    private void closeWindows() {
        card.close();
        settingsWindow.close();
        about.close();
        statsWindow.close();
        routine.close();
        presence.remove();
    }

    private void openSettings() {
        settingsWindow.open(planner.settings(), actions::saveSettings);
    }

    private void tellSettingsTrouble(DesktopParts.SettingsTrouble trouble) {
        String text = trouble.keptAs()
                .map(kept -> messages.text("settings.trouble.kept", trouble.reason(), kept))
                .orElseGet(() -> messages.text("settings.trouble", trouble.reason()));
        log.warn("told the user: {}", text);
        presence.headsUp(messages.text("settings.trouble.title"), text);
    }

    /** After Save or a menu choice: the look may have changed. */
    private void settingsApplied(Settings settings) {
        parts.settingsInEffect(settings);
        EventQueue.invokeLater(() -> theme.apply(settings.theme()));
    }

    /** deskbreak.ini was edited by hand: take it as it is now. */
    private void settingsChangedOutside(Settings settings) {
        log.info("settings file changed outside the app");
        planner.applySettings(settings);
        settingsApplied(settings);
    }

    private static void requireDisplay(Messages messages) {
        if (GraphicsEnvironment.isHeadless()) {
            exitNoDisplay(messages, null);
        }
    }

    static boolean isNoDisplay(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HeadlessException || c instanceof AWTError) {
                return true;
            }
        }
        return false;
    }

    private static void exitNoDisplay(Messages messages, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? ""
                : messages.text("error.noDisplay.detail", cause.getMessage().strip());
        System.err.println(messages.text("error.noDisplay", detail));
        System.exit(EXIT_NO_DISPLAY);
    }
}
