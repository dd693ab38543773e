package org.deskbreak.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt64;

/** GNOME's idle monitor (Mutter, on Wayland and X11): milliseconds since the last input. */
@DBusInterfaceName(MutterIdleMonitor.INTERFACE)
public interface MutterIdleMonitor extends DBusInterface {

    String INTERFACE = "org.gnome.Mutter.IdleMonitor";
    String BUS_NAME = "org.gnome.Mutter.IdleMonitor";
    String PATH = "/org/gnome/Mutter/IdleMonitor/Core";

    UInt64 GetIdletime();
}
