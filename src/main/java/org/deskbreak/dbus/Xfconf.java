package org.deskbreak.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/** Xfce's settings daemon: one value of one channel (what {@code xfconf-query -c -p} prints). */
@DBusInterfaceName(Xfconf.INTERFACE)
public interface Xfconf extends DBusInterface {

    String INTERFACE = "org.xfce.Xfconf";
    String BUS_NAME = "org.xfce.Xfconf";
    String PATH = "/org/xfce/Xfconf";

    Variant<?> GetProperty(String channel, String property);
}
