package org.deskbreak.tray.sni;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Two out-arguments of one D-Bus method. */
public final class Pair<A, B> extends Tuple {
    @Position(0)
    public final A first;
    @Position(1)
    public final B second;

    public Pair(A first, B second) {
        this.first = first;
        this.second = second;
    }
}
