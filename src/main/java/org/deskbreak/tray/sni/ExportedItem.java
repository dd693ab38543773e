package org.deskbreak.tray.sni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * The item at {@value #PATH}. Hosts read its properties and send its methods on D-Bus threads;
 * the properties come from the latest {@link ItemState}, the methods go to {@link SniTray.Requests}.
 */
final class ExportedItem implements StatusNotifierItem, Properties {

    static final String PATH = "/StatusNotifierItem";
    static final String INTERFACE = "org.kde.StatusNotifierItem";
    static final String PIXMAPS = "a(iiay)";

    private final String id;
    private final Supplier<ItemState> state;
    private final SniTray.Requests requests;
    private final ReadOnlyProperties readOnly;

    ExportedItem(String id, Supplier<ItemState> state, SniTray.Requests requests) {
        this.id = id;
        this.state = state;
        this.requests = requests;
        this.readOnly = new ReadOnlyProperties(INTERFACE, PATH, () -> properties(id, state.get()));
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public void Activate(int x, int y) {
        requests.activate(x, y);
    }

    @Override
    public void SecondaryActivate(int x, int y) {
        requests.activate(x, y);
    }

    @Override
    public void ContextMenu(int x, int y) {
        requests.contextMenu(x, y);
    }

    @Override
    public void Scroll(int delta, String orientation) {
        // Nothing to scroll through.
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

    /** The item's properties for this state, as the spec names and types them. */
    static Map<String, Variant<?>> properties(String id, ItemState s) {
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        p.put("Category", new Variant<>("ApplicationStatus"));
        p.put("Id", new Variant<>(id));
        p.put("Title", new Variant<>(s.title()));
        p.put("Status", new Variant<>(s.status().wire()));
        p.put("WindowId", new Variant<>(0));
        p.put("IconThemePath", new Variant<>(""));
        p.put("IconName", new Variant<>(""));
        p.put("IconPixmap", new Variant<>(pixmaps(s.icon()), PIXMAPS));
        p.put("OverlayIconName", new Variant<>(""));
        p.put("OverlayIconPixmap", new Variant<>(List.of(), PIXMAPS));
        p.put("AttentionIconName", new Variant<>(""));
        p.put("AttentionIconPixmap", new Variant<>(pixmaps(s.attentionIcon()), PIXMAPS));
        p.put("AttentionMovieName", new Variant<>(""));
        p.put("ToolTip", new Variant<>(new ToolTip("", pixmaps(s.icon()), s.toolTipTitle(), s.toolTipText()),
                "(sa(iiay)ss)"));
        p.put("ItemIsMenu", new Variant<>(false));
        p.put("Menu", new Variant<>(new DBusPath(ExportedMenu.PATH)));
        return p;
    }

    private static List<Pixmap> pixmaps(List<Picture> pictures) {
        return pictures.stream().map(Picture::toPixmap).toList();
    }
}
