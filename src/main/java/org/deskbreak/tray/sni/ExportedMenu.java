package org.deskbreak.tray.sni;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.deskbreak.ui.MenuModel;
import org.freedesktop.dbus.errors.UnknownObject;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The D-Bus rendering of the {@link MenuModel} at {@value #PATH}: the same items, order,
 * submenus, radio ticks and greyed items as the Swing menu. Read and clicked on D-Bus threads.
 */
final class ExportedMenu implements DBusMenu, Properties {

    static final String PATH = "/MenuBar";
    static final String INTERFACE = "com.canonical.dbusmenu";
    static final int ROOT = 0;

    /** The menu as it is now, and its layout revision. */
    record Revision(int number, MenuModel model) {
    }

    private final Supplier<Revision> current;
    private final SniTray.Requests requests;
    private final ReadOnlyProperties readOnly = new ReadOnlyProperties(INTERFACE, PATH, ExportedMenu::menuProperties);

    ExportedMenu(Supplier<Revision> current, SniTray.Requests requests) {
        this.current = current;
        this.requests = requests;
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public Pair<UInt32, MenuLayout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames) {
        Revision r = current.get();
        MenuLayout layout = parentId == ROOT
                ? root(r.model(), recursionDepth, propertyNames)
                : r.model().find(parentId).map(e -> layout(e, recursionDepth, propertyNames))
                        .orElseThrow(() -> new UnknownObject("no menu item " + parentId));
        return new Pair<>(new UInt32(r.number()), layout);
    }

    @Override
    public List<MenuItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames) {
        MenuModel model = current.get().model();
        List<MenuItemProperties> out = new ArrayList<>();
        if (ids.isEmpty()) {
            forEach(model.entries(), e -> out.add(new MenuItemProperties(e.id(), properties(e, propertyNames))));
        }
        for (int id : ids) {
            if (id == ROOT) {
                out.add(new MenuItemProperties(ROOT, rootProperties(propertyNames)));
            } else {
                model.find(id).ifPresent(e -> out.add(new MenuItemProperties(id, properties(e, propertyNames))));
            }
        }
        return out;
    }

    @Override
    public Variant<?> GetProperty(int id, String name) {
        MenuModel model = current.get().model();
        Map<String, Variant<?>> props = id == ROOT ? rootProperties(List.of())
                : model.find(id).map(e -> properties(e, List.of()))
                        .orElseThrow(() -> new UnknownObject("no menu item " + id));
        Variant<?> value = props.get(name);
        if (value == null) {
            throw new UnknownProperty("menu item " + id + " has no property " + name);
        }
        return value;
    }

    @Override
    public void Event(int id, String eventId, Variant<?> data, UInt32 timestamp) {
        event(id, eventId);
    }

    @Override
    public List<Integer> EventGroup(List<MenuEvent> events) {
        List<Integer> notFound = new ArrayList<>();
        for (MenuEvent e : events) {
            if (!event(e.id, e.eventId)) {
                notFound.add(e.id);
            }
        }
        return notFound;
    }

    /** A click on an item that applies carries out its command; anything else is only looked at. */
    private boolean event(int id, String eventId) {
        MenuModel model = current.get().model();
        if (id == ROOT) {
            return true;
        }
        Optional<MenuModel.Entry> entry = model.find(id);
        if (entry.isEmpty()) {
            return false;
        }
        if ("clicked".equals(eventId) && reachable(model.entries(), id)) {
            entry.get().command().ifPresent(requests::chosen);
        }
        return true;
    }

    /** Enabled, and inside no greyed-out submenu: what a person could click in the Swing menu. */
    static boolean reachable(List<MenuModel.Entry> entries, int id) {
        for (MenuModel.Entry e : entries) {
            if (e.id() == id) {
                return e.enabled();
            }
            if (e.enabled() && reachable(e.children(), id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean AboutToShow(int id) {
        // The layout is kept current as the state changes; nothing to rebuild before showing.
        return false;
    }

    @Override
    public Pair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids) {
        MenuModel model = current.get().model();
        List<Integer> notFound = ids.stream().filter(id -> id != ROOT && model.find(id).isEmpty()).toList();
        return new Pair<>(List.of(), notFound);
    }

    @Override
    public <A> A Get(String iface, String name) {
        return readOnly.get(iface, name);
    }

    @Override
    public <A> void Set(String iface, String name, A value) {
        throw readOnly.refusal(name);
    }

    @Override
    public Map<String, Variant<?>> GetAll(String iface) {
        return readOnly.all(iface);
    }

    /** The menu's own properties: they never change. */
    private static Map<String, Variant<?>> menuProperties() {
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        p.put("Version", new Variant<>(new UInt32(3)));
        p.put("TextDirection", new Variant<>("ltr"));
        p.put("Status", new Variant<>("normal"));
        p.put("IconThemePath", new Variant<>(List.of(), "as"));
        return p;
    }

    // ---- the model as layouts --------------------------------------------------------------

    static MenuLayout root(MenuModel model, int depth, List<String> names) {
        return new MenuLayout(ROOT, rootProperties(names), children(model.entries(), depth, names));
    }

    static MenuLayout layout(MenuModel.Entry e, int depth, List<String> names) {
        return new MenuLayout(e.id(), properties(e, names), children(e.children(), depth, names));
    }

    private static List<Variant<?>> children(List<MenuModel.Entry> entries, int depth, List<String> names) {
        List<Variant<?>> out = new ArrayList<>();
        if (depth != 0) {
            for (MenuModel.Entry child : entries) {
                out.add(new Variant<>(layout(child, depth - 1, names), MenuLayout.SIGNATURE));
            }
        }
        return out;
    }

    private static Map<String, Variant<?>> rootProperties(List<String> names) {
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        p.put("children-display", new Variant<>("submenu"));
        return only(p, names);
    }

    /** The dbusmenu properties of an item; defaults (visible, enabled, standard type) are sent too, for simple hosts. */
    static Map<String, Variant<?>> properties(MenuModel.Entry e, List<String> names) {
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        if (e.kind() == MenuModel.Kind.SEPARATOR) {
            p.put("type", new Variant<>("separator"));
            p.put("visible", new Variant<>(true));
            return only(p, names);
        }
        p.put("type", new Variant<>("standard"));
        // dbusmenu labels use '_' for the access key, as GTK does: a plain underscore is doubled.
        p.put("label", new Variant<>(e.label().replace("_", "__")));
        p.put("enabled", new Variant<>(e.enabled()));
        p.put("visible", new Variant<>(true));
        if (e.kind() == MenuModel.Kind.RADIO) {
            p.put("toggle-type", new Variant<>("radio"));
            p.put("toggle-state", new Variant<>(e.checked() ? 1 : 0));
        }
        if (e.kind() == MenuModel.Kind.SUBMENU) {
            p.put("children-display", new Variant<>("submenu"));
        }
        return only(p, names);
    }

    private static Map<String, Variant<?>> only(Map<String, Variant<?>> p, List<String> names) {
        if (names == null || names.isEmpty()) {
            return p;
        }
        p.keySet().retainAll(names);
        return p;
    }

    private static void forEach(List<MenuModel.Entry> entries, java.util.function.Consumer<MenuModel.Entry> action) {
        for (MenuModel.Entry e : entries) {
            action.accept(e);
            forEach(e.children(), action);
        }
    }
}
