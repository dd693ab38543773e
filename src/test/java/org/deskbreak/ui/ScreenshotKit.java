package org.deskbreak.ui;

import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JDialog;
import javax.swing.RootPaneContainer;

/**
 * What the screenshot tools in the test sources share: where pictures go, the file suffix for
 * the scale ({@code @2x} when run with {@code -Dsun.java2d.uiScale=2}), waiting for the screen to
 * settle, finding a window by title and capturing it at full resolution.
 */
public final class ScreenshotKit {

    /** One tool's pictures, taken with the kit. */
    public interface Tour {
        void shoot(ScreenshotKit kit) throws Exception;
    }

    private final Path out;
    private final String suffix;
    private final Robot robot;

    private ScreenshotKit(Path out, String suffix, Robot robot) {
        this.out = out;
        this.suffix = suffix;
        this.robot = robot;
    }

    /**
     * Runs a tour with pictures going to the folder named by the first argument (default
     * docs/screenshots) and exits: 0 when every picture was taken, 1 with the stack trace if not.
     */
    public static void run(String[] args, Tour tour) {
        try {
            Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
            Files.createDirectories(out);
            String scale = System.getProperty("sun.java2d.uiScale", "1");
            Locale.setDefault(Locale.ENGLISH);
            tour.shoot(new ScreenshotKit(out, scale.equals("1") ? "" : "@" + scale + "x", new Robot()));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    public Robot robot() {
        return robot;
    }

    /** Lets pending events run and the window manager and painting catch up. */
    public void settle() throws Exception {
        onEdt(() -> { });
        robot.waitForIdle();
        robot.delay(600);
        onEdt(() -> { });
    }

    public static void onEdt(Runnable r) throws Exception {
        if (EventQueue.isDispatchThread()) {
            r.run();
        } else {
            EventQueue.invokeAndWait(r);
        }
    }

    /** The showing dialog with this title. */
    public static JDialog dialog(String title) throws Exception {
        AtomicReference<JDialog> found = new AtomicReference<>();
        onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && title.equals(d.getTitle())) {
                    found.set(d);
                }
            }
        });
        if (found.get() == null) {
            throw new IllegalStateException("no window \"" + title + "\" is showing");
        }
        return found.get();
    }

    /** The content area on screen of the showing dialog with this title. */
    public static Rectangle dialogContent(String title) throws Exception {
        JDialog d = dialog(title);
        AtomicReference<Rectangle> area = new AtomicReference<>();
        onEdt(() -> area.set(new Rectangle(d.getContentPane().getLocationOnScreen(), d.getContentPane().getSize())));
        return area.get();
    }

    /** An undecorated window from the top left of its content, at the window's size. */
    public static Rectangle undecorated(Window w) throws Exception {
        AtomicReference<Rectangle> r = new AtomicReference<>();
        onEdt(() -> r.set(new Rectangle(((RootPaneContainer) w).getContentPane().getLocationOnScreen(), w.getSize())));
        return r.get();
    }

    /** Saves what is on screen in this logical rectangle, at the screen's full resolution. */
    public void capture(Rectangle logical, String name) throws Exception {
        write(grab(logical), name);
    }

    /** Several windows on one transparent image, so the desktop behind them does not show. */
    public void captureParts(Rectangle[] logical, String name) throws Exception {
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
        write(canvas, name);
    }

    private BufferedImage grab(Rectangle logical) {
        var variants = robot.createMultiResolutionScreenCapture(logical).getResolutionVariants();
        return (BufferedImage) variants.get(variants.size() - 1);
    }

    private void write(BufferedImage image, String name) throws Exception {
        ImageIO.write(image, "png", new File(out.toFile(), name + suffix + ".png"));
    }
}
