package org.deskbreak.tray.sni;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** {@code (iiay)}: one icon size, ARGB32 in network byte order. */
public final class Pixmap extends Struct {
    @Position(0)
    public final int width;
    @Position(1)
    public final int height;
    @Position(2)
    public final byte[] data;

    public Pixmap(int width, int height, byte[] data) {
        this.width = width;
        this.height = height;
        this.data = data;
    }
}
