package org.deskbreak.tray;

import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerState;
import org.deskbreak.tray.sni.ItemState;
import org.deskbreak.tray.sni.Picture;
import org.deskbreak.tray.sni.SniTray;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.Edt;
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
public final class SniPresence implements Presence {

    /** The sizes hosts pick from; the SVG-rendered PNGs exist for each. */
    static final int[] PIXMAP_SIZES = {16, 22, 24, 32, 48, 64};

    private final SniTray sni;
    private final Look look;
    private final Messages messages;
    private final StatusText text;
    private final BreakActions actions;
    private final Supplier<PlannerState> state;
    private final TrayMenu menu;
    private final StatusPopup status = new StatusPopup();
    private final Toast toast = new Toast();
    private Point lastPointer;

    /**
     * For an item already on the bus, started with {@code look}'s first state and with
     * {@code requests} as its listener: from now on the requests come here. Event thread.
     */
    public SniPresence(SniTray sni, Look look, Requests requests, Messages messages, StatusText text,
                       BreakActions actions, Supplier<PlannerState> state) {
        this.sni = sni;
        this.look = look;
        this.messages = messages;
        this.text = text;
        this.actions = actions;
        this.state = state;
        this.menu = new TrayMenu(actions, messages, text);
        requests.forwardTo(new Handler());
    }

    /**
     * What the item shows in a given state: icon, status, tooltip and menu. A pure function of
     * the state once the pictures are made, so it needs no event thread.
     */
    public static final class Look {
        private final Map<AppIcons.Look, List<Picture>> pictures = new EnumMap<>(AppIcons.Look.class);
        private final Messages messages;
        private final StatusText text;

        public Look(AppIcons icons, Messages messages, StatusText text) {
            this.messages = messages;
            this.text = text;
            for (AppIcons.Look look : AppIcons.Look.values()) {
                pictures.put(look, pixmaps(icons, look));
            }
        }

        public ItemState of(PlannerState s) {
            return new ItemState(
                    s.phase() == Phase.DUE ? ItemState.Status.NEEDS_ATTENTION : ItemState.Status.ACTIVE,
                    messages.text("app.name"),
                    pictures.get(TrayPresence.lookOf(s)),
                    pictures.get(AppIcons.Look.DUE),
                    messages.text("app.name"),
                    text.tooltip(s),
                    MenuModel.of(s, messages, text));
        }
    }

    /**
     * The item's listener from the moment it is on the bus. The windows are built after the item
     * is registered, so a host may pass on a click before the presence exists: such clicks wait
     * (the last few, in order) and are handed over as soon as it does, never dropped.
     */
    public static final class Requests implements SniTray.Requests {
        /** More early clicks than a person makes in the second before the windows are up. */
        private static final int EARLY_LIMIT = 8;
        private SniTray.Requests target;  // guarded by this
        private final List<Consumer<SniTray.Requests>> early = new ArrayList<>();  // guarded by this

        synchronized void forwardTo(SniTray.Requests handler) {
            target = handler;
            early.forEach(request -> request.accept(handler));
            early.clear();
        }

        @Override
        public void activate(int x, int y) {
            deliver(t -> t.activate(x, y));
        }

        @Override
        public void contextMenu(int x, int y) {
            deliver(t -> t.contextMenu(x, y));
        }

        @Override
        public void chosen(MenuModel.Command command) {
            deliver(t -> t.chosen(command));
        }

        private void deliver(Consumer<SniTray.Requests> request) {
            SniTray.Requests t;
            synchronized (this) {
                t = target;
                if (t == null) {
                    if (early.size() < EARLY_LIMIT) {
                        early.add(request);
                    }
                    return;
                }
            }
            request.accept(t);
        }
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
        sni.show(look.of(s));
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

    /** What the host asks for, on D-Bus threads: each request hops to the event thread. */
    private final class Handler implements SniTray.Requests {
        @Override
        public void activate(int x, int y) {
            Edt.later(SniPresence.this::iconClicked);
        }

        @Override
        public void contextMenu(int x, int y) {
            Edt.later(SniPresence.this::menuAsked);
        }

        @Override
        public void chosen(MenuModel.Command command) {
            Edt.later(() -> command.runOn(actions));
        }
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
