package org.deskbreak.tray.sni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PictureTest {

    @Test
    void eachPixelIsAlphaRedGreenBlueInNetworkByteOrder() {
        Picture p = Picture.ofArgbPixels(2, 1, new int[] {0x80112233, 0xFFA0B0C0});

        assertThat(p.argb()).containsExactly(0x80, 0x11, 0x22, 0x33, 0xFF, 0xA0, 0xB0, 0xC0);
    }

    @Test
    void picturesWithTheSamePixelsAreEqual() {
        assertThat(Picture.ofArgbPixels(1, 1, new int[] {7})).isEqualTo(Picture.ofArgbPixels(1, 1, new int[] {7}))
                .isNotEqualTo(Picture.ofArgbPixels(1, 1, new int[] {8}));
    }

    @Test
    void theByteCountMustMatchTheSize() {
        assertThatThrownBy(() -> new Picture(2, 2, new byte[4])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }
}
