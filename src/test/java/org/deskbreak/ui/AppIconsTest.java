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
            assertThat(((MultiResolutionImage) image).getResolutionVariants()).as(look.name()).hasSize(8);
        }
        assertThat(icons.windowIcons()).hasSize(8);
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

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
