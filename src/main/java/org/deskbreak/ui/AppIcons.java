package org.deskbreak.ui;

import java.awt.Image;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The app's icons, from the PNGs rendered from {@code icons/*.svg}. Each is a multi-resolution
 * image, so AWT picks the 32 px rendering for a 16 px tray slot at 200 %.
 */
public final class AppIcons {

    /** What the tray icon shows. */
    public enum Look {
        NORMAL("deskbreak"), DUE("deskbreak-due"), PAUSED("deskbreak-paused");

        final String baseName;

        Look(String baseName) {
            this.baseName = baseName;
        }
    }

    /** 20 and 40 are Windows' tray at 125 % and 250 %; the rest are the usual icon sizes. */
    static final int[] SIZES = {16, 20, 22, 24, 32, 40, 48, 64, 128, 256};

    /**
     * Windows' notification area: 16 px at 100 %, 20 at 125 %, 24 at 150 %, 32 at 200 %
     * (and 40, 48 at 250 %, 300 %), each rendered for its size rather than scaled.
     */
    static final int[] WINDOWS_TRAY_SIZES = {16, 20, 24, 32, 40, 48};

    /** The macOS menu-bar template images (black with alpha), at 1x and 2x of 16, 18 and 22 points. */
    static final int[] TEMPLATE_SIZES = {16, 18, 22, 32, 36, 44};

    private final Map<Look, List<BufferedImage>> images = new EnumMap<>(Look.class);
    private final Map<Look, List<BufferedImage>> templates = new EnumMap<>(Look.class);

    /** Loads every rendering once: about 30 small PNGs. */
    public static AppIcons load() {
        AppIcons icons = new AppIcons();
        for (Look look : Look.values()) {
            List<BufferedImage> list = new ArrayList<>();
            for (int size : SIZES) {
                list.add(read(look.baseName + "-" + size + ".png"));
            }
            icons.images.put(look, List.copyOf(list));
            List<BufferedImage> template = new ArrayList<>();
            for (int size : TEMPLATE_SIZES) {
                template.add(read(look.baseName + "-template-" + size + ".png"));
            }
            icons.templates.put(look, List.copyOf(template));
        }
        return icons;
    }

    /** One image for every scale, starting at {@code baseSize} logical pixels. */
    public Image image(Look look, int baseSize) {
        List<BufferedImage> all = images.get(look);
        List<Image> variants = new ArrayList<>();
        BufferedImage base = nearestAtLeast(all, baseSize);
        variants.add(base.getWidth() == baseSize ? base : scaled(base, baseSize));
        for (BufferedImage img : all) {
            if (img.getWidth() > baseSize) {
                variants.add(img);
            }
        }
        return new BaseMultiResolutionImage(variants.toArray(new Image[0]));
    }

    /**
     * The picture {@code art} pixels wide in the top left corner of a transparent
     * {@code canvas}-pixel square, at every common scale: for a tray that shows only the top left
     * of the icon it was given.
     */
    public Image imageInCorner(Look look, int canvas, int art) {
        List<BufferedImage> all = images.get(look);
        List<Image> variants = new ArrayList<>();
        for (double scale : new double[] {1, 1.25, 1.5, 1.75, 2, 2.5, 3}) {
            int side = (int) Math.round(canvas * scale);
            int size = Math.min(side, (int) Math.round(art * scale));
            BufferedImage picture = nearestAtLeast(all, size);
            BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
            var g = out.createGraphics();
            g.drawImage(picture.getWidth() == size ? picture : scaled(picture, size), 0, 0, null);
            g.dispose();
            variants.add(out);
        }
        return new BaseMultiResolutionImage(variants.toArray(new Image[0]));
    }

    /**
     * The picture at exactly {@code size} pixels: the PNG rendered for that size, or the next
     * larger one scaled down. For trays that take pixels rather than an AWT image (D-Bus).
     */
    public BufferedImage picture(Look look, int size) {
        BufferedImage img = nearestAtLeast(images.get(look), size);
        return img.getWidth() == size ? img : scaled(img, size);
    }

    /**
     * The icon for Windows' notification area: one exact rendering per display scale, so Windows
     * shows the 20 px picture at 125 % instead of a blurred 16 or 24.
     */
    public Image windowsTrayImage(Look look) {
        List<Image> variants = new ArrayList<>();
        for (int size : WINDOWS_TRAY_SIZES) {
            variants.add(picture(look, size));
        }
        return new BaseMultiResolutionImage(variants.toArray(new Image[0]));
    }

    /** The Windows tray size for a display scale (1.25 for 125 %): the listed size nearest 16 times the scale. */
    static int windowsTraySize(double scale) {
        int wanted = (int) Math.round(16 * scale);
        int best = WINDOWS_TRAY_SIZES[0];
        for (int size : WINDOWS_TRAY_SIZES) {
            if (Math.abs(size - wanted) < Math.abs(best - wanted)) {
                best = size;
            }
        }
        return best;
    }

    /**
     * The macOS menu-bar icon, {@code points} high: a template image (black with alpha) that the
     * system tints to suit a light or dark menu bar, at 1x and 2x. Java marks it as a template
     * when {@code apple.awt.enableTemplateImages} is set before the toolkit starts (Main does).
     */
    public Image macTemplateImage(Look look, int points) {
        List<BufferedImage> all = templates.get(look);
        BufferedImage base = nearestAtLeast(all, points);
        BufferedImage retina = nearestAtLeast(all, points * 2);
        return new BaseMultiResolutionImage(new Image[] {
            base.getWidth() == points ? base : scaled(base, points),
            retina.getWidth() == points * 2 ? retina : scaled(retina, points * 2)});
    }

    /** Window icons: the window manager picks the size it needs from the list. */
    public List<Image> windowIcons() {
        return List.copyOf(images.get(Look.NORMAL));
    }

    private static BufferedImage nearestAtLeast(List<BufferedImage> all, int size) {
        for (BufferedImage img : all) {
            if (img.getWidth() >= size) {
                return img;
            }
        }
        return all.get(all.size() - 1);
    }

    private static BufferedImage scaled(BufferedImage src, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static BufferedImage read(String name) {
        try (InputStream in = AppIcons.class.getResourceAsStream("icons/" + name)) {
            if (in == null) {
                throw new IllegalStateException("icon missing from the jar: " + name);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
