package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    private final AppIcons icons = AppIcons.load();

    @Test
    void aTrayIconAt100PercentIs16PixelsAndAt200PercentUsesThe32PixelRendering() {
        Image image = icons.image(AppIcons.Look.NORMAL, 16);

        assertThat(image).isInstanceOf(MultiResolutionImage.class);
        assertThat(image.getWidth(null)).isEqualTo(16);
        Image at200 = ((MultiResolutionImage) image).getResolutionVariant(32, 32);
        assertThat(at200.getWidth(null)).isEqualTo(32);
    }

    @Test
    void anOddTraySlotGetsAnImageOfExactlyThatSize() {
        Image image = icons.image(AppIcons.Look.DUE, 20);

        assertThat(image.getWidth(null)).isEqualTo(20);
    }

    @Test
    void everyLookHasAllItsRenderings() {
        for (AppIcons.Look look : AppIcons.Look.values()) {
            Image image = icons.image(look, 16);
            assertThat(((MultiResolutionImage) image).getResolutionVariants()).as(look.name()).hasSize(10);
        }
        assertThat(icons.windowIcons()).hasSize(10);
    }

    @Test
    void aPictureInTheCornerLeavesTheEdgesATrayMightCutOffEmpty() {
        Image image = icons.imageInCorner(AppIcons.Look.NORMAL, 24, 22);

        assertThat(image.getWidth(null)).isEqualTo(24);
        for (int[] size : new int[][] {{24, 22}, {48, 44}, {36, 33}}) {
            BufferedImage variant = (BufferedImage) ((MultiResolutionImage) image).getResolutionVariant(size[0], size[0]);
            assertThat(variant.getWidth()).isEqualTo(size[0]);
            int art = size[1];
            // The badge fills its own square (opaque in the middle of each edge) and nothing lies outside it.
            assertThat(alpha(variant, art / 2, 3)).as("top edge at " + size[0]).isGreaterThan(200);
            assertThat(alpha(variant, 3, art / 2)).as("left edge at " + size[0]).isGreaterThan(200);
            assertThat(alpha(variant, art - 4, art / 2)).as("right edge at " + size[0]).isGreaterThan(200);
            assertThat(alpha(variant, art / 2, art - 4)).as("bottom edge at " + size[0]).isGreaterThan(200);
            for (int i = 0; i < size[0]; i++) {
                for (int edge = art; edge < size[0]; edge++) {
                    assertThat(alpha(variant, edge, i)).as("column " + edge).isZero();
                    assertThat(alpha(variant, i, edge)).as("row " + edge).isZero();
                }
            }
        }
    }

    // ---- Windows: one rendering per display scale ------------------------------------------

    @Test
    void windowsGets16At100And20At125And24At150And32At200Percent() {
        assertThat(AppIcons.windowsTraySize(1.0)).isEqualTo(16);
        assertThat(AppIcons.windowsTraySize(1.25)).isEqualTo(20);
        assertThat(AppIcons.windowsTraySize(1.5)).isEqualTo(24);
        assertThat(AppIcons.windowsTraySize(1.75)).isEqualTo(24);
        assertThat(AppIcons.windowsTraySize(2.0)).isEqualTo(32);
        assertThat(AppIcons.windowsTraySize(3.0)).isEqualTo(48);
    }

    @Test
    void theWindowsTrayImageHoldsExactlyTheRenderingsForThoseScales() {
        MultiResolutionImage image = (MultiResolutionImage) icons.windowsTrayImage(AppIcons.Look.DUE);

        assertThat(image.getResolutionVariants()).extracting(i -> i.getWidth(null)).containsExactly(16, 20, 24, 32, 40, 48);
        // At 125 % Windows asks for 20 px and gets the picture drawn for 20 px, not a scaled 16 or 24.
        BufferedImage at125 = (BufferedImage) image.getResolutionVariant(20, 20);
        assertThat(at125.getWidth()).isEqualTo(20);
        assertThat(samePixels(at125, icons.picture(AppIcons.Look.DUE, 20))).isTrue();
    }

    // ---- macOS: a template image -----------------------------------------------------------

    @Test
    void theMenuBarIconIsBlackWithAlphaAtOneAndTwoTimes() {
        for (AppIcons.Look look : AppIcons.Look.values()) {
            MultiResolutionImage image = (MultiResolutionImage) icons.macTemplateImage(look, 18);
            assertThat(image.getResolutionVariants()).extracting(i -> i.getWidth(null)).containsExactly(18, 36);
            for (Image variant : image.getResolutionVariants()) {
                BufferedImage b = (BufferedImage) variant;
                int opaque = 0;
                int clear = 0;
                for (int y = 0; y < b.getHeight(); y++) {
                    for (int x = 0; x < b.getWidth(); x++) {
                        int argb = b.getRGB(x, y);
                        int a = argb >>> 24;
                        if (a > 0) {
                            assertThat(argb & 0xFFFFFF).as(look + " pixel " + x + "," + y + " is black").isZero();
                        }
                        opaque += a >= 128 ? 1 : 0;
                        clear += a == 0 ? 1 : 0;
                    }
                }
                // A shape, not an empty or a filled square.
                assertThat(opaque).as(look + " opaque pixels").isGreaterThan(b.getWidth() * b.getHeight() / 8);
                assertThat(clear).as(look + " clear pixels").isGreaterThan(b.getWidth() * b.getHeight() / 5);
            }
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
