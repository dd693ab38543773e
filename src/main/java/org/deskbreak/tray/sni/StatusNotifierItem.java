package org.deskbreak.tray.sni;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;

/**
 * {@code org.kde.StatusNotifierItem}: the tray item a host (a panel's tray, GNOME's AppIndicator
 * extension, KDE Plasma) shows. Its look is read through {@code org.freedesktop.DBus.Properties};
 * the methods are what the host sends when the user clicks.
 */
@DBusInterfaceName("org.kde.StatusNotifierItem")
public interface StatusNotifierItem extends DBusInterface {

    /** Primary click, at the given screen point. */
    void Activate(int x, int y);

    /** Middle click. */
    void SecondaryActivate(int x, int y);

    /** Right click on a host that does not show the item's D-Bus menu itself. */
    void ContextMenu(int x, int y);

    void Scroll(int delta, String orientation);

    /** The icon changed: the host reads IconPixmap again. */
    class NewIcon extends DBusSignal {
        public NewIcon(String path) throws DBusException {
            super(path);
        }
    }

    class NewAttentionIcon extends DBusSignal {
        public NewAttentionIcon(String path) throws DBusException {
            super(path);
        }
    }

    class NewToolTip extends DBusSignal {
        public NewToolTip(String path) throws DBusException {
            super(path);
        }
    }

    class NewTitle extends DBusSignal {
        public NewTitle(String path) throws DBusException {
            super(path);
        }
    }

    /** Passive, Active or NeedsAttention. */
    class NewStatus extends DBusSignal {
        public final String status;

        public NewStatus(String path, String status) throws DBusException {
            super(path, status);
            this.status = status;
        }
    }
}
