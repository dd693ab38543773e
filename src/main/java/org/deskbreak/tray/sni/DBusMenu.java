package org.deskbreak.tray.sni;

import java.util.List;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * {@code com.canonical.dbusmenu}, version 3: a menu the host draws itself in its own toolkit, from
 * the layout and properties read here, and whose clicks come back as {@link #Event}.
 */
@DBusInterfaceName("com.canonical.dbusmenu")
public interface DBusMenu extends DBusInterface {

    /** The revision of the layout, and the item {@code parentId} with its children to {@code recursionDepth} (-1: all). */
    Pair<UInt32, MenuLayout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames);

    List<MenuItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames);

    Variant<?> GetProperty(int id, String name);

    /** {@code eventId} is "clicked", "hovered", "opened" or "closed". */
    void Event(int id, String eventId, Variant<?> data, UInt32 timestamp);

    /** Several events at once; answers the ids that were not found. */
    List<Integer> EventGroup(List<MenuEvent> events);

    /** Whether the layout of the submenu about to open should be read again first. */
    boolean AboutToShow(int id);

    Pair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids);

    /** The layout below {@code parent} changed; hosts read it again. */
    class LayoutUpdated extends DBusSignal {
        public final UInt32 revision;
        public final int parent;

        public LayoutUpdated(String path, UInt32 revision, int parent) throws DBusException {
            super(path, revision, parent);
            this.revision = revision;
            this.parent = parent;
        }
    }
}
