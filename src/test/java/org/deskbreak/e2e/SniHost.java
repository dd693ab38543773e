package org.deskbreak.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbreak.tray.sni.DBusMenu;
import org.deskbreak.tray.sni.MenuLayout;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The test's side of the session bus: it reads the watcher and the item as a tray host does and
 * clicks menu items by sending {@code Event(id, "clicked", …)}, as a host does.
 */
final class SniHost implements AutoCloseable {

    static final String WATCHER = "org.kde.StatusNotifierWatcher";

    private final DBusConnection bus;

    SniHost(String address) throws DBusException {
        bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
    }

    boolean watcherRuns() {
        try {
            return bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    org.freedesktop.dbus.interfaces.DBus.class).NameHasOwner(WATCHER);
        } catch (DBusException | RuntimeException e) {
            return false;
        }
    }

    /** The watcher's RegisteredStatusNotifierItems, {@code name/path} each; empty without a watcher. */
    List<String> registeredItems() {
        try {
            Properties watcher = bus.getRemoteObject(WATCHER, "/StatusNotifierWatcher", Properties.class);
            Object items = unwrap(watcher.Get(WATCHER, "RegisteredStatusNotifierItems"));
            if (items instanceof String[] array) {
                return Arrays.asList(array);
            }
            if (items instanceof List<?> list) {
                return list.stream().map(Object::toString).toList();
            }
            return List.of();
        } catch (DBusException | RuntimeException e) {
            return List.of();
        }
    }

    /** DeskBreak's entry among them: its bus name. */
    Optional<String> deskBreakItem() {
        return registeredItems().stream().filter(i -> i.startsWith("org.kde.StatusNotifierItem-"))
                .map(i -> i.contains("/") ? i.substring(0, i.indexOf('/')) : i).findFirst();
    }

    /** A left click on the icon, as the host reports it (many hosts send 0,0 or the icon's corner). */
    void activate(String item, int x, int y) throws DBusException {
        bus.getRemoteObject(item, "/StatusNotifierItem", org.deskbreak.tray.sni.StatusNotifierItem.class).Activate(x, y);
    }

    /** A right click on the icon, for a host that leaves the menu to the item. */
    void contextMenu(String item, int x, int y) throws DBusException {
        bus.getRemoteObject(item, "/StatusNotifierItem", org.deskbreak.tray.sni.StatusNotifierItem.class).ContextMenu(x, y);
    }

    Object itemProperty(String item, String name) throws DBusException {
        Properties p = bus.getRemoteObject(item, "/StatusNotifierItem", Properties.class);
        return unwrap(p.Get("org.kde.StatusNotifierItem", name));
    }

    /** The item's IconPixmap sizes, as "WxH" (the pixel bytes checked to be whole). */
    List<String> pixmapSizes(String item, String property) throws DBusException {
        List<String> sizes = new ArrayList<>();
        for (Object entry : asList(itemProperty(item, property))) {
            Object[] f = fields(entry);
            int w = ((Number) f[0]).intValue();
            int h = ((Number) f[1]).intValue();
            int bytes = f[2] instanceof byte[] b ? b.length : asList(f[2]).size();
            sizes.add(bytes == w * h * 4 ? w + "x" + h : w + "x" + h + " with " + bytes + " bytes");
        }
        return sizes;
    }

    /** The ToolTip's title and text. */
    List<String> toolTip(String item) throws DBusException {
        Object[] f = fields(itemProperty(item, "ToolTip"));
        return List.of(String.valueOf(f[2]), String.valueOf(f[3]));
    }

    /** One menu item as the host reads it. */
    record Item(int id, String label, boolean enabled, String toggle, int toggleState, List<Item> children) {
    }

    List<Item> menu(String item) throws DBusException {
        DBusMenu menu = bus.getRemoteObject(item, "/MenuBar", DBusMenu.class);
        return item(menu.GetLayout(0, -1, List.of()).second).children();
    }

    /** Clicks the item found by its labels, from the top of the menu down; its id. */
    int click(String item, String... labels) throws DBusException {
        List<Item> level = menu(item);
        Item found = null;
        for (String label : labels) {
            found = level.stream().filter(i -> i.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item '" + label + "' in " + labels(item)));
            level = found.children();
        }
        bus.getRemoteObject(item, "/MenuBar", DBusMenu.class)
                .Event(found.id(), "clicked", new Variant<>(0), new UInt32(System.currentTimeMillis() / 1000));
        return found.id();
    }

    private String labels(String item) {
        try {
            return menu(item).stream().map(Item::label).toList().toString();
        } catch (DBusException e) {
            return e.toString();
        }
    }

    private static Item item(Object layout) {
        Object[] f = fields(layout);
        Map<?, ?> props = (Map<?, ?>) f[1];
        List<Item> children = new ArrayList<>();
        for (Object child : asList(f[2])) {
            children.add(item(unwrap(child)));
        }
        return new Item(((Number) f[0]).intValue(), String.valueOf(prop(props, "label", "")),
                (Boolean) prop(props, "enabled", true), String.valueOf(prop(props, "toggle-type", "")),
                ((Number) prop(props, "toggle-state", -1)).intValue(), children);
    }

    private static Object prop(Map<?, ?> props, String name, Object absent) {
        Object v = props.get(name);
        return v == null ? absent : unwrap(v);
    }

    private static Object unwrap(Object o) {
        return o instanceof Variant<?> v ? v.getValue() : o;
    }

    private static List<?> asList(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        if (o instanceof Object[] a) {
            return Arrays.asList(a);
        }
        throw new AssertionError("not a list: " + o);
    }

    /** A struct's fields, whether dbus-java made our struct class of it or left it as an array. */
    private static Object[] fields(Object o) {
        if (o instanceof MenuLayout l) {
            return new Object[] {l.id, l.properties, l.children};
        }
        if (o instanceof Struct s) {
            return s.getParameters();
        }
        if (o instanceof Object[] a) {
            return a;
        }
        throw new AssertionError("not a struct: " + o + " (" + o.getClass() + ")");
    }

    @Override
    public void close() {
        bus.disconnect();
    }
}
