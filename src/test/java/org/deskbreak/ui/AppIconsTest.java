package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
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
}
