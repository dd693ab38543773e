package org.deskbreak.tray;

import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.Image;
import java.awt.Point;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import java.util.function.Supplier;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerState;
import org.deskbreak.platform.Os;
import org.deskbreak.ui.AppIcons;
import org.deskbreak.ui.BreakActions;
import org.deskbreak.ui.Edt;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.Presence;
import org.deskbreak.ui.StatusPanel;
import org.deskbreak.ui.StatusText;
import org.deskbreak.ui.Toast;

/**
 * DeskBreak's icon in the system tray. The icon shows the state; the tooltip is worked out when
 * the pointer rests on the icon (no timer); a left click opens the status popup and a right
 * click the menu.
 */
public final class TrayPresence implements Presence {

    /** Java's own X11 balloon is a crude window of its own; the toast looks like the rest of the app. */
    private static final boolean NATIVE_MESSAGES = !Os.current().isFreedesktop();
    private static final Os OS = Os.current();
    /** A macOS menu-bar glyph is 18 points in the 22-point bar, as Apple's own are. */
    private static final int MAC_GLYPH_POINTS = 18;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrayPresence.class);
    private static final boolean X11 = "sun.awt.X11.XToolkit".equals(Toolkit.getDefaultToolkit().getClass().getName());
    private static final int X11_SLOT_SHORTFALL = 2;
    private static final String AWT_TOOLTIP = "sun.awt.X11.InfoWindow$Tooltip";
    private static final String EMBEDDED_FRAME = "sun.awt.X11.XTrayIconPeer$XTrayIconEmbeddedFrame";

    private final SystemTray tray;
    private final AppIcons icons;
    private final Messages messages;
    private final StatusText text;
    private final BreakActions actions;
    private final Supplier<PlannerState> state;
    private final TrayMenu menu;
    private final StatusPopup status = new StatusPopup();
    private final Toast toast = new Toast();

    private TrayIcon icon;
    private AppIcons.Look look;
    private Point lastClick;
    private javax.swing.JPopupMenu openMenu;
    private boolean menuOpenedOnPress;

    public TrayPresence(SystemTray tray, AppIcons icons, Messages messages, StatusText text,
                        BreakActions actions, Supplier<PlannerState> state) {
        this.tray = tray;
        this.icons = icons;
        this.messages = messages;
        this.text = text;
        this.actions = actions;
        this.state = state;
        this.menu = new TrayMenu(actions, messages, text);
    }

    /** Adds the icon to the tray. Event thread. */
    public void install() throws AWTException {
        Edt.check();
        PlannerState s = state.get();
        look = lookOf(s);
        icon = new TrayIcon(trayImage(look), text.tooltip(s));
        icon.setImageAutoSize(!OS.isMac());
        icon.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                clicked(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                clicked(e);
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                leftClicked(e);
            }
        });
        icon.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                refreshTooltip();
            }
        });
        tray.add(icon);
        if (X11) {
            followSlot();
        }
    }

    /**
     * Java's X11 tray icon is always a 24 px square window (48 device pixels at 200 %), but
     * XEmbed trays often give it a smaller slot and show only its top left: 22 px in trayer and
     * xfce4-panel (bench/tray-hosts), and at 200 % in a 32 px trayer 30 device pixels, which cut
     * the picture in half. The tray's slot is the size it gave the icon's embedded window, so
     * the picture is drawn that size, from the top left, and drawn again when the tray resizes it.
     */
    private Image trayImage(AppIcons.Look look) {
        if (OS.isWindows()) {
            return icons.windowsTrayImage(look);
        }
        if (OS.isMac()) {
            return icons.macTemplateImage(look, MAC_GLYPH_POINTS);
        }
        Dimension canvas = tray.getTrayIconSize();
        int size = Math.max(16, canvas.height);
        if (!X11) {
            return icons.image(look, size);
        }
        Dimension shown = slot().orElse(new Dimension(size, size - X11_SLOT_SHORTFALL));
        int art = Math.max(8, Math.min(size, Math.min(shown.width, shown.height)));
        return icons.imageInCorner(look, size, art);
    }

    /** The part of the icon's window the tray shows, in logical pixels, once it has docked the icon. */
    private static Optional<Dimension> slot() {
        return embeddedFrame().map(Window::getSize).filter(d -> d.width > 0 && d.height > 0);
    }

    private static Optional<Window> embeddedFrame() {
        for (Window w : Window.getWindows()) {
            if (EMBEDDED_FRAME.equals(w.getClass().getName()) && w.isDisplayable()) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Redraws the icon for the slot when the tray docks or resizes it. Event thread. */
    private void followSlot() {
        embeddedFrame().ifPresent(frame -> frame.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                slotChanged();
            }
        }));
    }

    private void slotChanged() {
        if (icon != null) {
            log.debug("tray slot {}", slot().orElse(null));
            icon.setImage(trayImage(look));
        }
    }

    @Override
    public void show(PlannerState s) {
        Edt.check();
        if (icon == null) {
            return;
        }
        AppIcons.Look wanted = lookOf(s);
        if (wanted != look) {
            look = wanted;
            icon.setImage(trayImage(wanted));
        }
        icon.setToolTip(text.tooltip(s));
    }

    @Override
    public void headsUp(String title, String body) {
        Edt.check();
        if (NATIVE_MESSAGES && icon != null) {
            icon.displayMessage(title, body, TrayIcon.MessageType.NONE);
        } else {
            toast.show(title, body, lastClick);
        }
    }

    @Override
    public void dismissHeadsUp() {
        Edt.check();
        toast.close();
    }

    @Override
    public void showStatus() {
        Edt.check();
        openStatus(lastClick);
    }

    @Override
    public Optional<Point> trayHint() {
        Edt.check();
        return Optional.ofNullable(lastClick);
    }

    @Override
    public void remove() {
        Edt.check();
        status.close();
        toast.close();
        if (icon != null) {
            tray.remove(icon);
            icon = null;
        }
    }

    static AppIcons.Look lookOf(PlannerState s) {
        if (s.phase() == Phase.DUE) {
            return AppIcons.Look.DUE;
        }
        if (s.paused()) {
            return AppIcons.Look.PAUSED;
        }
        return AppIcons.Look.NORMAL;
    }

    /**
     * AWT's X11 tray tooltip hides only when the pointer leaves the icon, so a menu opened at the
     * pointer would sit under it for up to 10 s, its first item covered. Opening the menu or the
     * popup hides it and clears the text (a tooltip still due then has nothing to show); the next
     * move over the icon sets the text again.
     */
    private void quietTooltip() {
        if (icon != null) {
            icon.setToolTip(null);
        }
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && AWT_TOOLTIP.equals(w.getClass().getName())) {
                w.setVisible(false);
            }
        }
    }

    private void refreshTooltip() {
        if (icon != null) {
            icon.setToolTip(text.tooltip(state.get()));
        }
    }

    /**
     * The menu opens once per right click: on the platform's popup trigger (the press, on X11),
     * or on the right button's release for trays that deliver the icon's events without the
     * trigger flag. Opening on both the press and the release of the same click built two menus
     * whose invoker windows took the focus from each other, and about one click in three ended
     * with neither menu open.
     */
    private void clicked(MouseEvent e) {
        boolean rightButton = e.getButton() == MouseEvent.BUTTON3;
        if (e.getID() == MouseEvent.MOUSE_PRESSED) {
            menuOpenedOnPress = e.isPopupTrigger() && openMenu(e);
            return;
        }
        if (e.getID() == MouseEvent.MOUSE_RELEASED && (rightButton || e.isPopupTrigger())) {
            boolean alreadyOpen = menuOpenedOnPress;
            menuOpenedOnPress = false;
            if (!alreadyOpen) {
                openMenu(e);
            }
        }
    }

    private boolean openMenu(MouseEvent e) {
        if (PopupInvoker.isOpenOrOpening(openMenu)) {
            return false;
        }
        lastClick = pointer(e);
        status.close();
        quietTooltip();
        openMenu = menu.build(state.get());
        PopupInvoker.show(openMenu, lastClick);
        return true;
    }

    private void leftClicked(MouseEvent e) {
        if (e.getButton() == MouseEvent.BUTTON1 && !e.isPopupTrigger()) {
            lastClick = pointer(e);
            if (status.isOpen()) {
                status.close();
            } else {
                quietTooltip();
                openStatus(lastClick);
            }
        }
    }

    /**
     * Where the click happened. X11 trays sometimes report tray icon events relative to the icon
     * instead of the screen; the pointer itself is still on the icon, so it is asked first.
     */
    private static Point pointer(MouseEvent e) {
        java.awt.PointerInfo info = java.awt.MouseInfo.getPointerInfo();
        return info != null ? info.getLocation() : e.getLocationOnScreen();
    }

    private void openStatus(Point near) {
        StatusPanel panel = new StatusPanel(actions, messages, text, state);
        panel.setName(messages.text("status.window"));
        status.open(panel, near);
    }
}
