package org.deskbreak.tray;

import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JPopupMenu;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
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

    private final Path out;
    private final String suffix;
    private Robot robot;

    private ScreenshotTour(Path out, String suffix) {
        this.out = out;
        this.suffix = suffix;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        String scale = System.getProperty("sun.java2d.uiScale", "1");
        String suffix = scale.equals("1") ? "" : "@" + scale + "x";
        Locale.setDefault(Locale.ENGLISH);
        try {
            new ScreenshotTour(out, suffix).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        robot = new Robot();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            onEdt(() -> new AppTheme(false).apply(theme));
            ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
            Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
            planner.start();
            planner.startRoutine();
            live(clock, planner, Duration.ofMinutes(2));
            planner.finishRoutine(true);
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
        onEdt(() -> {
            JPopupMenu m = new TrayMenu(actions, messages, text).build(state);
            JDialog host = new JDialog((Window) null);
            host.setUndecorated(true);
            host.setBounds(120, 40, 1, 1);
            host.setVisible(true);
            menu.set(m);
            invoker.set(host);
        });
        settle();
        onEdt(() -> {
            JPopupMenu m = menu.get();
            m.show(invoker.get().getContentPane(), 0, 0);
            JMenu every = intervalMenu(m, messages);
            MenuSelectionManager.defaultManager().setSelectedPath(
                    new MenuElement[] {m, every, every.getPopupMenu()});
        });
        settle();
        AtomicReference<Rectangle[]> parts = new AtomicReference<>();
        onEdt(() -> {
            JPopupMenu m = menu.get();
            JPopupMenu sub = intervalMenu(m, messages).getPopupMenu();
            parts.set(new Rectangle[] {new Rectangle(m.getLocationOnScreen(), m.getSize()),
                    new Rectangle(sub.getLocationOnScreen(), sub.getSize())});
        });
        captureParts(parts.get(), "tray-menu-" + theme);
        onEdt(() -> {
            MenuSelectionManager.defaultManager().clearSelectedPath();
            invoker.get().dispose();
        });
    }

    private void status(String theme, BreakActions actions, Messages messages, StatusText text, Planner planner) throws Exception {
        AtomicReference<JDialog> window = new AtomicReference<>();
        onEdt(() -> {
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
        settle();
        capture(bounds(window.get()), "status-popup-" + theme);
        onEdt(() -> window.get().dispose());
    }

    private void settings(String theme, Messages messages, AppIcons icons) throws Exception {
        SettingsWindow settings = new SettingsWindow(messages, icons);
        onEdt(() -> settings.open(Settings.defaults(), s -> { }));
        settle();
        AtomicReference<Rectangle> area = new AtomicReference<>();
        onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && messages.text("settings.window").equals(d.getTitle())) {
                    area.set(new Rectangle(d.getContentPane().getLocationOnScreen(), d.getContentPane().getSize()));
                }
            }
        });
        capture(area.get(), "settings-" + theme);
        onEdt(settings::close);
    }

    private void card(String theme, BreakActions actions, Messages messages, StatusText text, AppIcons icons, Planner planner) throws Exception {
        ReminderCard card = new ReminderCard(actions, messages, text, icons, planner::snapshot);
        onEdt(() -> card.show(null));
        settle();
        AtomicReference<Rectangle> area = new AtomicReference<>();
        onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && messages.text("card.window").equals(d.getTitle())) {
                    area.set(bounds(d));
                }
            }
        });
        capture(area.get(), "reminder-card-" + theme);
        onEdt(card::close);
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

    private static Rectangle bounds(Window w) {
        AtomicReference<Rectangle> r = new AtomicReference<>();
        try {
            onEdt(() -> r.set(new Rectangle(((JComponent) ((javax.swing.RootPaneContainer) w).getContentPane()).getLocationOnScreen(),
                    w.getSize())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return r.get();
    }

    private void capture(Rectangle logical, String name) throws Exception {
        var image = robot.createMultiResolutionScreenCapture(logical);
        var variants = image.getResolutionVariants();
        BufferedImage best = (BufferedImage) variants.get(variants.size() - 1);
        ImageIO.write(best, "png", new File(out.toFile(), name + suffix + ".png"));
    }

    /** Several windows on one transparent image, so the desktop behind them does not show. */
    private void captureParts(Rectangle[] logical, String name) throws Exception {
        Rectangle all = new Rectangle(logical[0]);
        for (Rectangle r : logical) {
            all.add(r);
        }
        BufferedImage probe = grab(all);
        double scale = probe.getWidth() / (double) all.width;
        BufferedImage canvas = new BufferedImage(probe.getWidth(), probe.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var g = canvas.createGraphics();
        for (Rectangle r : logical) {
            g.drawImage(grab(r), (int) Math.round((r.x - all.x) * scale), (int) Math.round((r.y - all.y) * scale), null);
        }
        g.dispose();
        ImageIO.write(canvas, "png", new File(out.toFile(), name + suffix + ".png"));
    }

    private BufferedImage grab(Rectangle logical) {
        var variants = robot.createMultiResolutionScreenCapture(logical).getResolutionVariants();
        return (BufferedImage) variants.get(variants.size() - 1);
    }

    private void settle() throws Exception {
        onEdt(() -> { });
        robot.waitForIdle();
        robot.delay(600);
        onEdt(() -> { });
    }

    private static void onEdt(Runnable r) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            EventQueue.invokeAndWait(r);
        }
    }
}
