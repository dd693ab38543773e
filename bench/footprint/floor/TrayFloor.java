import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * The floor under DeskBreak's idle footprint: a JVM that shows one AWT tray icon and does nothing
 * else, started with DeskBreak's own JVM options. Whatever DeskBreak costs above this is its own.
 */
public final class TrayFloor {
    public static void main(String[] args) throws Exception {
        EventQueue.invokeAndWait(() -> {
            BufferedImage image = new BufferedImage(22, 22, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0xE0, 0x8A, 0x1E));
            g.fillOval(2, 2, 18, 18);
            g.dispose();
            try {
                SystemTray.getSystemTray().add(new TrayIcon(image, "tray floor"));
            } catch (java.awt.AWTException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
