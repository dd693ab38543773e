package org.deskbreak.tray.sni;

import java.util.Arrays;

/**
 * One size of an icon as the StatusNotifierItem spec wants it: ARGB32, one pixel after another,
 * each as four bytes A, R, G, B (network byte order), rows top to bottom.
 */
public record Picture(int width, int height, byte[] argb) {

    public Picture {
        if (width <= 0 || height <= 0 || argb.length != width * height * 4) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs "
                    + width * height * 4 + " bytes, not " + argb.length);
        }
        argb = argb.clone();
    }

    /** From packed ARGB ints, as {@code BufferedImage.getRGB} gives them. */
    public static Picture ofArgbPixels(int width, int height, int[] pixels) {
        byte[] bytes = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            bytes[4 * i] = (byte) (p >>> 24);
            bytes[4 * i + 1] = (byte) (p >>> 16);
            bytes[4 * i + 2] = (byte) (p >>> 8);
            bytes[4 * i + 3] = (byte) p;
        }
        return new Picture(width, height, bytes);
    }

    @Override
    public byte[] argb() {
        return argb.clone();
    }

    Pixmap toPixmap() {
        return new Pixmap(width, height, argb.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.width == width && p.height == height && Arrays.equals(p.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "Picture[" + width + "x" + height + "]";
    }
}
