package org.deskbreak.tray;

import java.awt.Rectangle;
import java.awt.Window;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JPopupMenu;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import org.deskbreak.app.StandInParts;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.AppTheme;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.ReminderCard;
import org.deskbreak.ui.ScreenshotKit;
import org.deskbreak.ui.SettingsWindow;
import org.deskbreak.ui.StatusPanel;
import org.deskbreak.ui.StatusText;

/**
 * Renders the screenshots in docs/screenshots: the tray menu, the reminder card, the status
 * popup and the settings window, light and dark. Run on a display (Xvfb is fine), from the
 * project folder, optionally with {@code -Dsun.java2d.uiScale=2}:
 * {@code java -cp target/classes:target/test-classes:<deps> org.deskbreak.tray.ScreenshotTour docs/screenshots}.
 */
public final class ScreenshotTour {

    private final ScreenshotKit kit;

    private ScreenshotTour(ScreenshotKit kit) {
        this.kit = kit;
    }

    public static void main(String[] args) {
        ScreenshotKit.run(args, kit -> new ScreenshotTour(kit).run());
    }

    private void run() throws Exception {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            ScreenshotKit.onEdt(() -> new AppTheme(false).apply(theme));
            ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
            Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
            planner.start();
            planner.startRoutine();
            live(clock, planner, Duration.ofMinutes(2));
            planner.finishRoutine(true);
            planner.routineClosed();
            live(clock, planner, Duration.ofMinutes(22).plusSeconds(30));
            Messages messages = new Messages(Locale.ENGLISH);
            StatusText text = new StatusText(messages, ZoneId.of("Europe/Paris"));
            AppIcons icons = AppIcons.load();
            StandInParts parts = new StandInParts(Settings.defaults());
            BreakActions actions = new BreakActions(planner, parts.settingsStore(), s -> { }, () -> { }, () -> { }, () -> { }, () -> { });

            menu(name, actions, messages, text, planner.snapshot());
            status(name, actions, messages, text, planner);
            settings(name, messages, icons);

            live(clock, planner, Duration.ofMinutes(25));
            card(name, actions, messages, text, icons, planner);
        }
    }

    private void menu(String theme, BreakActions actions, Messages messages, StatusText text, PlannerState state) throws Exception {
        AtomicReference<JPopupMenu> menu = new AtomicReference<>();
        AtomicReference<JDialog> invoker = new AtomicReference<>();
        ScreenshotKit.onEdt(() -> {
            JPopupMenu m = new TrayMenu(actions, messages, text).build(state);
            JDialog host = new JDialog((Window) null);
            host.setUndecorated(true);
            host.setBounds(120, 40, 1, 1);
            host.setVisible(true);
            menu.set(m);
            invoker.set(host);
        });
        kit.settle();
        ScreenshotKit.onEdt(() -> {
            JPopupMenu m = menu.get();
            m.show(invoker.get().getContentPane(), 0, 0);
            JMenu every = intervalMenu(m, messages);
            MenuSelectionManager.defaultManager().setSelectedPath(
                    new MenuElement[] {m, every, every.getPopupMenu()});
        });
        kit.settle();
        AtomicReference<Rectangle[]> parts = new AtomicReference<>();
        ScreenshotKit.onEdt(() -> {
            JPopupMenu m = menu.get();
            JPopupMenu sub = intervalMenu(m, messages).getPopupMenu();
            parts.set(new Rectangle[] {new Rectangle(m.getLocationOnScreen(), m.getSize()),
                    new Rectangle(sub.getLocationOnScreen(), sub.getSize())});
        });
        kit.captureParts(parts.get(), "tray-menu-" + theme);
        ScreenshotKit.onEdt(() -> {
            MenuSelectionManager.defaultManager().clearSelectedPath();
            invoker.get().dispose();
        });
    }

    private void status(String theme, BreakActions actions, Messages messages, StatusText text, Planner planner) throws Exception {
        AtomicReference<JDialog> window = new AtomicReference<>();
        ScreenshotKit.onEdt(() -> {
            StatusPanel panel = new StatusPanel(actions, messages, text, planner::snapshot);
            JDialog w = new JDialog((Window) null);
            w.setUndecorated(true);
            panel.setBorder(javax.swing.BorderFactory.createCompoundBorder(
                    javax.swing.BorderFactory.createLineBorder(javax.swing.UIManager.getColor("Component.borderColor")),
                    panel.getBorder()));
            w.setContentPane(panel);
            w.pack();
            w.setLocation(200, 60);
            w.setVisible(true);
            window.set(w);
        });
        kit.settle();
        kit.capture(ScreenshotKit.undecorated(window.get()), "status-popup-" + theme);
        ScreenshotKit.onEdt(() -> window.get().dispose());
    }

    private void settings(String theme, Messages messages, AppIcons icons) throws Exception {
        SettingsWindow settings = new SettingsWindow(messages, icons, org.deskbreak.routine.RoutineLoader.index());
        ScreenshotKit.onEdt(() -> settings.open(Settings.defaults(), s -> new java.util.concurrent.CompletableFuture<Settings>()));
        kit.settle();
        kit.capture(ScreenshotKit.dialogContent(messages.text("settings.window")), "settings-" + theme);
        ScreenshotKit.onEdt(settings::close);
    }

    private void card(String theme, BreakActions actions, Messages messages, StatusText text, AppIcons icons, Planner planner) throws Exception {
        ReminderCard card = new ReminderCard(actions, messages, text, icons, planner::snapshot,
                org.deskbreak.routine.RoutineLoader.index());
        ScreenshotKit.onEdt(() -> card.show(null));
        kit.settle();
        kit.capture(ScreenshotKit.undecorated(ScreenshotKit.dialog(messages.text("card.window"))), "reminder-card-" + theme);
        ScreenshotKit.onEdt(card::close);
    }

    /** Time passes as the scheduler delivers it, a tick every 30 s: a bigger leap reads as a sleeping machine. */
    private static void live(ManualClock clock, Planner planner, Duration d) {
        for (long s = 0; s < d.toSeconds(); s += 30) {
            clock.advance(Duration.ofSeconds(30));
            planner.tick();
        }
    }

    private static JMenu intervalMenu(JPopupMenu m, Messages messages) {
        for (var c : m.getComponents()) {
            if (c instanceof JMenu menu && menu.getText().equals(messages.text("menu.interval"))) {
                return menu;
            }
        }
        throw new IllegalStateException("no interval menu");
    }
}
