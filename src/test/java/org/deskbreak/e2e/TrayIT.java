package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tray icon and its menu, on a desktop with a real XEmbed tray. */
@ExtendWith(DesktopExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayIT {

    private static DeskBreakProcess app;
    private static Desktop desktop;

    @BeforeAll
    static void startTheApp(Desktop d, Path dir) throws IOException {
        desktop = d;
        app = new DeskBreakProcess(d, dir.resolve("home")).start();
        app.awaitDocked();
    }

    @AfterAll
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theIconDocksInTheTray() {
        List<Desktop.Geometry> icons = desktop.dockedIcons("org-deskbreak");

        assertThat(icons).as("our embedded window inside trayer's panel").hasSize(1);
        assertThat(icons.get(0).width()).isBetween(16, 32);
    }

    @Test
    @Order(2)
    void aLeftClickOpensTheStatusPopupAndAClickElsewhereClosesIt() {
        Desktop.Geometry icon = app.trayIcon();

        desktop.click(icon.centreX(), icon.centreY(), 1);

        DeskBreakProcess.Button start = app.awaitButton("status", "Start now", 1);
        assertThat(start.enabled()).isTrue();
        assertThat(app.lastButton("status", "Snooze").orElseThrow().enabled()).as("nothing is due").isFalse();
        assertThat(app.lastButton("status", "Resume").orElseThrow().enabled()).as("not paused").isFalse();
        assertThat(desktop.window("DeskBreak")).isPresent();
        Screens.save(desktop, "status-popup");

        desktop.click(400, 500, 1);

        Poll.until(Duration.ofSeconds(10), "the status popup to close", () -> desktop.window("DeskBreak").isEmpty());
    }

    @Test
    @Order(3)
    void choosingAFrequencyInTheMenuSavesItToTheSettingsFile() throws IOException {
        DeskBreakProcess.Button every = app.openMenuAndFind("Remind me every");
        Screens.save(desktop, "tray-menu");
        app.hover(every);
        DeskBreakProcess.Button twenty = app.awaitButton("submenu", "20 min", 1);
        Screens.save(desktop, "tray-menu-interval");

        app.click(twenty);

        Poll.until(Duration.ofSeconds(10), "interval 20 in " + app.settingsFile(),
                () -> DeskBreakProcess.read(app.settingsFile()).matches("(?s).*\\[reminders\\][^\\[]*\\binterval_minutes = 20\\b.*"));
        app.awaitLog("interval=1200s", 1, Duration.ofSeconds(10));
    }

    @Test
    @Order(4)
    void startWallRoutineNowOpensTheRoutineAndItsStepsAdvance() throws IOException {
        List<String> before = desktop.windowTree().lines().toList();
        DeskBreakProcess.Button start = app.openMenuAndFind("Start wall routine now");

        app.click(start);

        app.awaitLog("routine started", 1, Duration.ofSeconds(10));
        Desktop.Geometry routine = Poll.until(Duration.ofSeconds(20), "the routine window",
                () -> newTopLevelWindow(before));
        Screens.save(desktop, "routine");
        app.awaitLog("routine step 2/7", 1, Duration.ofSeconds(20));
        Path a = app.home().resolve("routine-a.png");
        desktop.screenshot(a);
        byte[] second = crop(a, routine);
        app.awaitLog("routine step 3/7", 1, Duration.ofSeconds(20));
        Path b = app.home().resolve("routine-b.png");
        desktop.screenshot(b);
        assertThat(crop(b, routine)).as("the window shows the new step").isNotEqualTo(second);
    }

    @Test
    @Order(5)
    void theIconsTooltipNeverCoversTheMenu() throws IOException {
        Desktop.Geometry icon = app.trayIcon();
        desktop.moveTo(400, 500);
        desktop.moveTo(icon.centreX(), icon.centreY());
        Path hovering = app.home().resolve("tooltip.png");
        Poll.until(Duration.ofSeconds(10), "the icon's tooltip (AWT's, pale yellow)", () -> {
            desktop.screenshot(hovering);
            return tooltipPixels(hovering) > 200;
        });

        app.openMenuAndFind("Start wall routine now");
        Path open = app.home().resolve("menu-open.png");
        desktop.screenshot(open);
        long rightAway = tooltipPixels(open);
        // AWT shows a tray tooltip one second after the pointer arrives: give a late one its chance.
        sleep(Duration.ofMillis(1500));
        Path later = app.home().resolve("menu-open-later.png");
        desktop.screenshot(later);
        desktop.xdotool("key", "Escape");

        assertThat(rightAway).as("tooltip pixels once the menu is open").isZero();
        assertThat(tooltipPixels(later)).as("tooltip pixels a moment later").isZero();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** AWT's tray tooltip is drawn on pale yellow, #FFFFDC, a colour nothing else of ours uses. */
    private static long tooltipPixels(Path screenshot) {
        try {
            BufferedImage image = ImageIO.read(screenshot.toFile());
            if (image == null) {
                return 0;
            }
            long n = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFDC) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<Desktop.Geometry> newTopLevelWindow(List<String> before) {
        List<String> now = new ArrayList<>(desktop.windowTree().lines().toList());
        now.removeAll(before);
        return now.stream()
                .filter(l -> l.contains("org-deskbreak") && !l.contains("JavaEmbeddedFrame"))
                .map(Desktop.Geometry::parse).flatMap(Optional::stream)
                .filter(g -> g.width() >= 200 && g.height() >= 150)
                .findFirst();
    }

    /** The window's pixels, as ImageMagick cuts them out of a screenshot. */
    private static byte[] crop(Path screenshot, Desktop.Geometry g) {
        Path out = screenshot.resolveSibling(screenshot.getFileName() + ".rgb");
        desktop.run("convert", screenshot.toString(), "-crop",
                g.width() + "x" + g.height() + "+" + g.x() + "+" + g.y(), "rgb:" + out);
        try {
            return Files.readAllBytes(out);
        } catch (IOException e) {
            return new byte[0];
        }
    }

}
