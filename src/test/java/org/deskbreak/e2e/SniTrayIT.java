package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DeskBreak's StatusNotifierItem in a real SNI host: xfce4-panel's Status Tray, on Xvfb, with a
 * private session bus of each address kind. The test reads the item and clicks its D-Bus menu
 * the way the host does.
 */
class SniTrayIT {

    /** Every day, all day: breaks fall due whenever the test runs. */
    static final String ALWAYS_WORKING = """
            [schedule]
            working_days = mon,tue,wed,thu,fri,sat,sun
            working_hours = 00:00-24:00
            """;
    static final Duration REGISTERED = Duration.ofSeconds(40);
    /** The icon's teal badge and the ball's yellow-green, as the 16 px PNG has them; the due dot's orange. */
    static final int TEAL = 0x23897D;
    static final int BALL = 0xD7EA4E;
    static final int ORANGE = 0xF2871F;

    private static Desktop desktop;
    private static Path dir;

    @BeforeAll
    static void startTheDesktop() throws IOException {
        List<String> missing = new ArrayList<>(Desktop.missingTools());
        if (!onPath("xfce4-panel")) {
            missing.add("xfce4-panel");
        }
        if (!PrivateBus.available()) {
            missing.add("dbus-daemon");
        }
        if (!missing.isEmpty()) {
            String why = "the StatusNotifierItem desktop tests need " + String.join(", ", missing) + " on the PATH";
            if ("1".equals(System.getenv("DESKBREAK_E2E_REQUIRED"))) {
                throw new AssertionError(why + " (DESKBREAK_E2E_REQUIRED=1)");
            }
            Assumptions.abort(why);
        }
        dir = Files.createTempDirectory("deskbreak-sni-");
        desktop = new Desktop(dir.resolve("x"));
        desktop.startWithoutTray();
    }

    @AfterAll
    static void stopTheDesktop() {
        if (desktop != null) {
            desktop.close();
        }
    }

    @ParameterizedTest
    @EnumSource(PrivateBus.Kind.class)
    void theItemIsRegisteredInXfcePanelWithItsIconTooltipAndMenu(PrivateBus.Kind kind) throws Exception {
        try (Session s = new Session(kind, ALWAYS_WORKING)) {
            String item = s.awaitItem();

            assertThat(s.host.pixmapSizes(item, "IconPixmap"))
                    .containsExactly("16x16", "22x22", "24x24", "32x32", "48x48", "64x64");
            assertThat(s.host.pixmapSizes(item, "AttentionIconPixmap")).hasSize(6);
            assertThat(s.host.toolTip(item)).first().isEqualTo("DeskBreak");
            assertThat(s.host.toolTip(item).get(1)).startsWith("Next break in ");
            assertThat(s.host.itemProperty(item, "Status")).isEqualTo("Active");
            assertThat(s.host.itemProperty(item, "Category")).isEqualTo("ApplicationStatus");
            assertThat(s.host.itemProperty(item, "ItemIsMenu")).isEqualTo(false);
            assertThat(s.host.menu(item)).extracting(SniHost.Item::label).containsExactly(
                    "Start wall routine now", "Snooze (no break is due)", "Pause reminders",
                    "Resume (reminders are not paused)", "", "Remind me every", "Settings…", "Statistics…", "About", "",
                    "Quit");
            assertThat(s.host.menu(item).get(5).children()).filteredOn(i -> i.toggleState() == 1)
                    .extracting(SniHost.Item::label, SniHost.Item::toggle).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("45 min", "radio"));
            String busKind = kind == PrivateBus.Kind.PATH ? "unix:path" : "unix:abstract";
            // The item is on the bus before the windows are built and the choice is logged.
            s.app.awaitLog("tray: StatusNotifierItem (D-Bus): registered as " + item, 1, Duration.ofSeconds(20));
            assertThat(s.app.cli("status")).contains("Tray: StatusNotifierItem (D-Bus)").contains(busKind);
            assertThat(s.app.cli("status", "--json")).contains("\"tray\":{\"backend\":\"sni\"");
            assertThat(desktop.dockedIcons("org-deskbreak")).as("no XEmbed icon beside it").isEmpty();

            Path shot = s.awaitIconDrawn("sni-xfce4-panel-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(count(shot, BALL)).as("the ball's pixels in the panel").isGreaterThan(10);
        }
    }

    @Test
    void aBreakFallingDueSaysNeedsAttentionAndTheDBusMenuDoesWhatTheSwingMenuDoes() throws Exception {
        try (Session s = new Session(PrivateBus.Kind.ABSTRACT, ALWAYS_WORKING
                + "[reminders]\ninterval_minutes = 1\nnotice_seconds = 0\n")) {
            String item = s.awaitItem();

            // The break falls due after a minute: the item asks for attention and shows the orange dot.
            Poll.until(Duration.ofSeconds(100), "Status NeedsAttention",
                    () -> "NeedsAttention".equals(property(s, item, "Status")));
            Poll.until(Duration.ofSeconds(15), "the due icon's orange dot in the panel", () -> {
                Path shot = s.app.home().resolve("due.png");
                desktop.screenshot(shot);
                return count(shot, ORANGE) > 3;
            });
            Screens.save(desktop, "sni-xfce4-panel-due");

            s.host.click(item, "Snooze", "5 min");
            s.app.awaitLog("recorded SNOOZED", 1, Duration.ofSeconds(10));
            Poll.until(Duration.ofSeconds(10), "Status Active again", () -> "Active".equals(property(s, item, "Status")));

            s.host.click(item, "Pause reminders", "1 hour");
            s.app.awaitLog("recorded PAUSED", 1, Duration.ofSeconds(10));
            Poll.until(Duration.ofSeconds(10), "Resume to apply in the D-Bus menu",
                    () -> menuLabels(s, item).contains("Resume"));

            s.host.click(item, "Resume");
            s.app.awaitLog("recorded RESUMED", 1, Duration.ofSeconds(10));

            s.host.click(item, "Remind me every", "20 min");
            Poll.until(Duration.ofSeconds(10), "interval 20 in " + s.app.settingsFile(),
                    () -> DeskBreakProcess.read(s.app.settingsFile()).matches("(?s).*\\binterval_minutes = 20\\b.*"));
            s.app.awaitLog("interval=1200s", 1, Duration.ofSeconds(10));
            Poll.until(Duration.ofSeconds(10), "20 min ticked in the D-Bus menu", () -> ticked(s, item).equals("20 min"));

            s.host.click(item, "Start wall routine now");
            s.app.awaitLog("routine started", 1, Duration.ofSeconds(10));

            s.host.click(item, "Quit");
            Poll.until(Duration.ofSeconds(20), "the app to quit", () -> !s.app.process().isAlive());
            Poll.until(Duration.ofSeconds(10), "the item to leave the watcher", () -> s.host.deskBreakItem().isEmpty());
        }
    }

    @Test
    void aLeftClickOpensTheStatusPopupAtThePointerAndARightClickTheMenu() throws Exception {
        try (Session s = new Session(PrivateBus.Kind.PATH, ALWAYS_WORKING)) {
            String item = s.awaitItem();
            desktop.moveTo(1180, 40);  // where the user is: near the panel, top right

            s.host.activate(item, 0, 0);  // hosts often say 0,0: the pointer tells where the user is

            s.app.awaitButton("status", "Start now", 1);
            Desktop.Geometry popup = Poll.until(Duration.ofSeconds(10), "the status popup", () -> desktop.window("DeskBreak"));
            assertThat(popup.x() + popup.width()).as("its right edge, near the pointer").isBetween(1000, 1280);
            assertThat(popup.y()).as("its top, near the pointer").isLessThan(200);
            Screens.save(desktop, "sni-status-popup");

            s.host.activate(item, 0, 0);
            Poll.until(Duration.ofSeconds(10), "a second left click to close it", () -> desktop.window("DeskBreak").isEmpty());

            s.host.contextMenu(item, 0, 0);
            DeskBreakProcess.Button every = s.app.awaitButton("menu", "Remind me every", 1);
            assertThat(every.x() + every.width()).as("the menu opens by the pointer").isBetween(900, 1280);
            assertThat(every.y()).isLessThan(500);
        }
    }

    @Test
    void whenThePanelIsKilledAndStartedAgainTheItemComesBack() throws Exception {
        try (Session s = new Session(PrivateBus.Kind.PATH, ALWAYS_WORKING)) {
            String item = s.awaitItem();

            s.panel.kill(s.host);
            assertThat(s.host.deskBreakItem()).isEmpty();
            s.panel.start(s.host);

            Poll.until(REGISTERED, "the item registered with the new panel",
                    () -> s.host.deskBreakItem().filter(item::equals).isPresent());
            s.awaitIconDrawn("sni-xfce4-panel-restarted");
            assertThat(s.app.log()).contains("registered with org.kde.StatusNotifierWatcher");
            assertThat(s.app.process().isAlive()).isTrue();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A bus of one kind, xfce4-panel on it, the test's host view of it, and the app. */
    private static final class Session implements AutoCloseable {
        final PrivateBus bus;
        final SniHost host;
        final XfcePanel panel;
        final DeskBreakProcess app;

        Session(PrivateBus.Kind kind, String settings) throws Exception {
            Path here = Files.createTempDirectory(dir, kind.name().toLowerCase(java.util.Locale.ROOT) + "-");
            Path panelHome = here.resolve("panel-home");
            bus = PrivateBus.start(kind, here, XfcePanel.env(panelHome));
            host = new SniHost(bus.address());
            panel = new XfcePanel(desktop, panelHome, bus.address());
            panel.start(host);
            app = new DeskBreakProcess(desktop, here.resolve("app")).sessionBus(bus.address()).writeSettings(settings)
                    .start();
        }

        String awaitItem() {
            return Poll.until(REGISTERED, "DeskBreak's item registered with xfce4-panel's watcher", host::deskBreakItem);
        }

        /** Waits until the panel shows the icon (its teal badge), then keeps the screenshot. */
        Path awaitIconDrawn(String name) {
            Path shot = app.home().resolve(name + ".png");
            Poll.until(Duration.ofSeconds(15), "DeskBreak's icon drawn in the panel", () -> {
                desktop.screenshot(shot);
                return count(shot, TEAL) > 60;
            });
            Screens.save(desktop, name);
            return shot;
        }

        @Override
        public void close() {
            app.close();
            host.close();
            bus.close();
        }
    }

    private static Object property(Session s, String item, String name) {
        try {
            return s.host.itemProperty(item, name);
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> menuLabels(Session s, String item) {
        try {
            return s.host.menu(item).stream().filter(SniHost.Item::enabled).map(SniHost.Item::label).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static String ticked(Session s, String item) {
        try {
            return s.host.menu(item).get(5).children().stream().filter(i -> i.toggleState() == 1)
                    .map(SniHost.Item::label).findFirst().orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    /** Pixels of exactly this colour in the panel's strip at the top of the screen. */
    static long count(Path screenshot, int rgb) {
        try {
            BufferedImage image = ImageIO.read(screenshot.toFile());
            if (image == null) {
                return 0;
            }
            long n = 0;
            for (int y = 0; y < Math.min(40, image.getHeight()); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
