package org.deskbreak.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Renders the SVG sources in {@code icons/} to the PNG sizes the tray and window icons use.
 * Run from the project folder after editing an SVG:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.deskbreak.ui.IconRenderer}.
 * Writes {@code icons/png/} (for packaging) and the copies bundled as resources.
 */
public final class IconRenderer {

    static final int[] SIZES = AppIcons.SIZES;
    /** The macOS menu bar is 22 points high; its icon is drawn at 16 to 22 points, at 1x and 2x. */
    static final int[] TEMPLATE_SIZES = AppIcons.TEMPLATE_SIZES;
    static final String[] NAMES = {"deskbreak", "deskbreak-due", "deskbreak-paused"};

    private IconRenderer() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path png = root.resolve("icons/png");
        Path bundled = root.resolve("src/main/resources/org/deskbreak/ui/icons");
        Files.createDirectories(png);
        Files.createDirectories(bundled);
        for (String name : NAMES) {
            FlatSVGIcon svg = new FlatSVGIcon(root.resolve("icons/" + name + ".svg").toUri());
            for (int size : SIZES) {
                BufferedImage image = render(svg, size);
                String file = name + "-" + size + ".png";
                ImageIO.write(image, "png", png.resolve(file).toFile());
                ImageIO.write(image, "png", bundled.resolve(file).toFile());
            }
            FlatSVGIcon template = new FlatSVGIcon(root.resolve("icons/" + name + "-template.svg").toUri());
            for (int size : TEMPLATE_SIZES) {
                ImageIO.write(render(template, size), "png", bundled.resolve(name + "-template-" + size + ".png").toFile());
            }
        }
    }

    static BufferedImage render(FlatSVGIcon svg, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        svg.derive(size, size).paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }
}
