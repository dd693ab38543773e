package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** At 200 % in a 32 px tray the XEmbed icon is drawn for the slot the tray gives, not cut off. */
class TrayHiDpiIT {

    static final int TRAY_HEIGHT = 32;

    private static Desktop desktop;
    private static Path dir;

    @BeforeAll
    static void startTheDesktop() throws Exception {
        List<String> missing = Desktop.missingTools();
        if (!missing.isEmpty()) {
            String why = "desktop tests need " + String.join(", ", missing) + " on the PATH";
            if ("1".equals(System.getenv("DESKBREAK_E2E_REQUIRED"))) {
                throw new AssertionError(why + " (DESKBREAK_E2E_REQUIRED=1)");
            }
            Assumptions.abort(why);
        }
        dir = Files.createTempDirectory("deskbreak-hidpi-");
        desktop = new Desktop(dir.resolve("x"));
        desktop.start(TRAY_HEIGHT);
    }

    @AfterAll
    static void stopTheDesktop() {
        if (desktop != null) {
            desktop.close();
        }
    }

    @Test
    void atTwoHundredPercentTheWholePictureFitsTheSlot() throws Exception {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("home"))
                .jvmOption("-Dsun.java2d.uiScale=2").start()) {
            Desktop.Geometry slot = app.trayIcon();
            Path shot = app.home().resolve("tray.png");
            // The icon is drawn again once the tray has sized its slot: wait for the badge's bottom edge.
            Poll.until(Duration.ofSeconds(20), "the badge drawn whole inside the " + slot.width() + "x"
                    + slot.height() + " slot", () -> {
                        desktop.screenshot(shot);
                        return badgeEndsInside(shot, slot);
                    });
            Screens.save(desktop, "tray-200-percent");

            assertThat(slot.height()).as("the slot trayer gives").isLessThan(48);
            assertThat(badgeRows(shot, slot)).as("rows of the slot with the teal badge").isGreaterThan(slot.height() / 2);
        }
    }

    /** The slot's last row shows no badge: the picture ends inside the slot. */
    private static boolean badgeEndsInside(Path shot, Desktop.Geometry slot) {
        BufferedImage image = read(shot);
        if (image == null) {
            return false;
        }
        int badgeRows = badgeRows(shot, slot);
        return badgeRows > slot.height() / 2 && tealIn(image, slot, slot.y() + slot.height() - 1) == 0;
    }

    private static int badgeRows(Path shot, Desktop.Geometry slot) {
        BufferedImage image = read(shot);
        int rows = 0;
        for (int y = slot.y(); image != null && y < slot.y() + slot.height(); y++) {
            if (tealIn(image, slot, y) > 2) {
                rows++;
            }
        }
        return rows;
    }

    private static int tealIn(BufferedImage image, Desktop.Geometry slot, int y) {
        int n = 0;
        for (int x = slot.x(); x < slot.x() + slot.width() && x < image.getWidth(); x++) {
            int p = image.getRGB(x, y);
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if (Math.abs(r - 0x23) < 30 && Math.abs(g - 0x89) < 30 && Math.abs(b - 0x7D) < 30) {
                n++;
            }
        }
        return n;
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
