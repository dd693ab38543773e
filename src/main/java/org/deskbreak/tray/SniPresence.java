package org.deskbreak.tray;

import java.awt.EventQueue;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerState;
import org.deskbreak.tray.sni.ItemState;
import org.deskbreak.tray.sni.Picture;
import org.deskbreak.tray.sni.SniTray;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.MenuModel;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.Presence;
import org.deskbreak.ui.StatusPanel;
import org.deskbreak.ui.StatusText;
import org.deskbreak.ui.Toast;

/**
 * DeskBreak in a StatusNotifierItem tray (KDE Plasma, GNOME's AppIndicator extension, Xfce,
 * Cinnamon, LXQt, waybar): the host draws the icon, tooltip and menu from the {@link ItemState}
 * worked out here on the event thread. A left click opens the same status popup as the XEmbed
 * tray, at the pointer.
 */
public final class SniPresence implements Presence, SniTray.Requests {

    /** The sizes hosts pick from; the SVG-rendered PNGs exist for each. */
    static final int[] PIXMAP_SIZES = {16, 22, 24, 32, 48, 64};

    private final SniTray sni;
    private final Messages messages;
    private final StatusText text;
    private final BreakActions actions;
    private final Supplier<PlannerState> state;
    private final TrayMenu menu;
    private final Map<AppIcons.Look, List<Picture>> pictures = new EnumMap<>(AppIcons.Look.class);
    private final StatusPopup status = new StatusPopup();
    private final Toast toast = new Toast();
    private Point lastPointer;

    public SniPresence(SniTray sni, AppIcons icons, Messages messages, StatusText text, BreakActions actions,
                       Supplier<PlannerState> state) {
        this.sni = sni;
        this.messages = messages;
        this.text = text;
        this.actions = actions;
        this.state = state;
        this.menu = new TrayMenu(actions, messages, text);
        for (AppIcons.Look look : AppIcons.Look.values()) {
            pictures.put(look, pixmaps(icons, look));
        }
    }

    /** What the item shows in this state. Event thread (or before the UI is up). */
    public ItemState itemState(PlannerState s) {
        return new ItemState(
                s.phase() == Phase.DUE ? ItemState.Status.NEEDS_ATTENTION : ItemState.Status.ACTIVE,
                messages.text("app.name"),
                pictures.get(TrayPresence.lookOf(s)),
                pictures.get(AppIcons.Look.DUE),
                messages.text("app.name"),
                text.tooltip(s),
                MenuModel.of(s, messages, text));
    }

    static List<Picture> pixmaps(AppIcons icons, AppIcons.Look look) {
        List<Picture> out = new ArrayList<>();
        for (int size : PIXMAP_SIZES) {
            BufferedImage img = icons.picture(look, size);
            int[] argb = img.getRGB(0, 0, size, size, null, 0, size);
            out.add(Picture.ofArgbPixels(size, size, argb));
        }
        return List.copyOf(out);
    }

    // ---- Presence (event thread) -----------------------------------------------------------

    @Override
    public void show(PlannerState s) {
        sni.show(itemState(s));
    }

    @Override
    public void headsUp(String title, String body) {
        toast.show(title, body, lastPointer);
    }

    @Override
    public void dismissHeadsUp() {
        toast.close();
    }

    @Override
    public void showStatus() {
        openStatus(lastPointer);
    }

    @Override
    public Optional<Point> trayHint() {
        return Optional.ofNullable(lastPointer);
    }

    @Override
    public void remove() {
        status.close();
        toast.close();
        sni.close();
    }

    // ---- what the host asks for (D-Bus threads): each hops to the event thread -------------

    @Override
    public void activate(int x, int y) {
        EventQueue.invokeLater(this::iconClicked);
    }

    @Override
    public void contextMenu(int x, int y) {
        EventQueue.invokeLater(this::menuAsked);
    }

    @Override
    public void chosen(MenuModel.Command command) {
        EventQueue.invokeLater(() -> command.runOn(actions));
    }

    // ---- event thread ----------------------------------------------------------------------

    private void iconClicked() {
        lastPointer = pointer();
        if (status.isOpen()) {
            status.close();
        } else {
            openStatus(lastPointer);
        }
    }

    private void menuAsked() {
        lastPointer = pointer();
        status.close();
        PopupInvoker.show(menu.build(state.get()), lastPointer);
    }

    private void openStatus(Point near) {
        StatusPanel panel = new StatusPanel(actions, messages, text, state);
        panel.setName(messages.text("status.window"));
        status.open(panel, near);
    }

    /** The host's click point is often the icon's corner or 0,0; the pointer is where the user is. */
    private static Point pointer() {
        PointerInfo info = MouseInfo.getPointerInfo();
        return info != null ? info.getLocation() : null;
    }
}
