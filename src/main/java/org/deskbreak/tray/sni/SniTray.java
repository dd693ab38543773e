package org.deskbreak.tray.sni;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.deskbreak.dbus.SessionBus;
import org.deskbreak.ui.MenuModel;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DeskBreak's StatusNotifierItem with its D-Bus menu, on the session bus: the tray of KDE Plasma,
 * GNOME's AppIndicator extension, Xfce, Cinnamon, LXQt and waybar.
 *
 * <p>Threads: every call to the bus runs on one thread of our own ({@code deskbreak-dbus}), never
 * on the caller's, so the event thread never waits for the bus. Hosts' reads and clicks arrive on
 * dbus-java's threads; clicks go to {@link Requests}, whose implementation hops to the event
 * thread. Nothing here polls: the item speaks only when its state changes, and learns of a
 * restarted panel from the bus's NameOwnerChanged signal.
 */
public final class SniTray implements AutoCloseable {

    /** What hosts ask for. Called on D-Bus threads: the implementation hops to the event thread. */
    public interface Requests {
        /** Left click on the icon; the point is the host's idea of where, often the icon's corner. */
        void activate(int x, int y);

        /** Right click on a host that shows no D-Bus menu itself. */
        void contextMenu(int x, int y);

        /** An item of the D-Bus menu was clicked. */
        void chosen(MenuModel.Command command);
    }

    /** The outcome of looking for a tray on the session bus. */
    public sealed interface Probe {
    }

    /** A session bus with a StatusNotifierWatcher and a host: the item can be shown. */
    public record Ready(SniTray tray) implements Probe {
    }

    /** No SNI tray here, and why, in words for the log and {@code deskbreak status}. */
    public record Unavailable(String reason) implements Probe {
    }

    /** Thrown by {@link #start} when the item could not be registered. */
    public static final class NotRegistered extends Exception {
        NotRegistered(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final String ITEM_NAME_PREFIX = "org.kde.StatusNotifierItem-";
    static final String ID = "deskbreak";

    private static final Logger log = LoggerFactory.getLogger(SniTray.class);

    private final SessionBus session;
    private final boolean ownsSession;
    private final DBusConnection bus;
    private final ExecutorService worker;
    private volatile ItemState state;
    private volatile ExportedMenu.Revision menu;
    private volatile String busName;

    private SniTray(SessionBus session, boolean ownsSession) {
        this.session = session;
        this.ownsSession = ownsSession;
        this.bus = session.connection();
        this.worker = session.worker();
    }

    /**
     * Connects to the session bus named by {@code env} and checks that a tray host is there; the
     * tray then owns that connection. Blocks for at most {@code timeout}; call it off the event thread.
     */
    public static Probe probe(Map<String, String> env, Duration timeout) {
        SessionBus.Outcome outcome = SessionBus.connect(env, timeout);
        if (outcome instanceof SessionBus.Unavailable none) {
            return new Unavailable(none.reason());
        }
        SessionBus session = ((SessionBus.Connected) outcome).bus();
        Probe probe = probe(session, timeout, true);
        if (probe instanceof Unavailable) {
            session.close();
        }
        return probe;
    }

    /**
     * Checks that a tray host is on the app's session bus. The connection stays the caller's.
     * Blocks for at most {@code timeout}; call it off the event thread.
     */
    public static Probe probe(SessionBus session, Duration timeout) {
        return probe(session, timeout, false);
    }

    private static Probe probe(SessionBus session, Duration timeout, boolean owns) {
        try {
            String missing = call(session.worker(), timeout, () -> missingHost(session.connection()));
            return missing == null ? new Ready(new SniTray(session, owns)) : new Unavailable(missing);
        } catch (NotRegistered e) {
            return new Unavailable(e.getMessage());
        }
    }

    /** Why no host would show the item, or null when one is there. */
    private static String missingHost(DBusConnection bus) throws DBusException {
        DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        if (!daemon.NameHasOwner(StatusNotifierWatcher.BUS_NAME)) {
            return "no " + StatusNotifierWatcher.BUS_NAME + " on the session bus (no StatusNotifierItem tray runs)";
        }
        try {
            Properties watcher = bus.getRemoteObject(StatusNotifierWatcher.BUS_NAME, StatusNotifierWatcher.PATH,
                    Properties.class);
            Object hosts = watcher.Get(StatusNotifierWatcher.BUS_NAME, "IsStatusNotifierHostRegistered");
            if (hosts instanceof Variant<?> v) {
                hosts = v.getValue();
            }
            if (Boolean.FALSE.equals(hosts)) {
                return "a " + StatusNotifierWatcher.BUS_NAME + " runs, but no tray host has registered with it";
            }
        } catch (DBusExecutionException e) {
            // A watcher that cannot say whether a host is there: take its word that one is.
            log.debug("the watcher did not answer IsStatusNotifierHostRegistered", e);
        }
        return null;
    }

    /**
     * Puts the item on the bus with its first state and registers it with the watcher. Blocks
     * for at most {@code timeout}; call it off the event thread.
     */
    public void start(ItemState initial, Requests requests, Duration timeout) throws NotRegistered {
        Objects.requireNonNull(requests, "requests");
        state = Objects.requireNonNull(initial, "initial");
        menu = new ExportedMenu.Revision(1, initial.menu());
        call(worker, timeout, () -> {
            bus.exportObject(ExportedItem.PATH, new ExportedItem(ID, () -> state, requests));
            bus.exportObject(ExportedMenu.PATH, new ExportedMenu(() -> menu, requests));
            busName = requestItemName();
            bus.addSigHandler(DBus.NameOwnerChanged.class, this::nameOwnerChanged);
            register();
            return null;
        });
    }

    /** {@code org.kde.StatusNotifierItem-PID-N}, N counting up past names another of our items holds. */
    private String requestItemName() throws DBusException {
        long pid = ProcessHandle.current().pid();
        DBusException last = null;
        for (int n = 1; n <= 10; n++) {
            String name = ITEM_NAME_PREFIX + pid + "-" + n;
            try {
                bus.requestBusName(name);
                return name;
            } catch (DBusException e) {
                last = e;
            }
        }
        throw last;
    }

    private void register() throws DBusException {
        StatusNotifierWatcher watcher = bus.getRemoteObject(StatusNotifierWatcher.BUS_NAME,
                StatusNotifierWatcher.PATH, StatusNotifierWatcher.class);
        watcher.RegisterStatusNotifierItem(busName);
        log.info("tray item {} registered with {}", busName, StatusNotifierWatcher.BUS_NAME);
    }

    /** The panel restarted (its watcher left the bus and came back): register again. D-Bus thread. */
    private void nameOwnerChanged(DBus.NameOwnerChanged change) {
        if (!StatusNotifierWatcher.BUS_NAME.equals(change.name)) {
            return;
        }
        if (change.newOwner.isEmpty()) {
            log.info("{} left the session bus; the item registers again when it is back", StatusNotifierWatcher.BUS_NAME);
            return;
        }
        worker.execute(() -> {
            try {
                register();
            } catch (DBusException | DBusExecutionException e) {
                log.warn("could not register the tray item again with the new {}", StatusNotifierWatcher.BUS_NAME, e);
            }
        });
    }

    /**
     * Shows a new state: hosts are told of what changed (icon, status, tooltip, menu layout), and
     * of nothing else. Any thread; the signals go out on the D-Bus thread.
     */
    public void show(ItemState next) {
        Objects.requireNonNull(next, "next");
        worker.execute(() -> publish(next));
    }

    private void publish(ItemState next) {
        ItemState before = state;
        state = next;
        try {
            if (before.status() != next.status()) {
                send(new StatusNotifierItem.NewStatus(ExportedItem.PATH, next.status().wire()));
            }
            if (!before.title().equals(next.title())) {
                send(new StatusNotifierItem.NewTitle(ExportedItem.PATH));
            }
            if (!before.icon().equals(next.icon())) {
                send(new StatusNotifierItem.NewIcon(ExportedItem.PATH));
            }
            if (!before.attentionIcon().equals(next.attentionIcon())) {
                send(new StatusNotifierItem.NewAttentionIcon(ExportedItem.PATH));
            }
            if (!before.toolTipTitle().equals(next.toolTipTitle()) || !before.toolTipText().equals(next.toolTipText())) {
                send(new StatusNotifierItem.NewToolTip(ExportedItem.PATH));
            }
            ExportedMenu.Revision current = menu;
            if (!current.model().equals(next.menu())) {
                ExportedMenu.Revision changed = new ExportedMenu.Revision(current.number() + 1, next.menu());
                menu = changed;
                send(new DBusMenu.LayoutUpdated(ExportedMenu.PATH, new UInt32(changed.number()), ExportedMenu.ROOT));
            }
        } catch (DBusException | RuntimeException e) {
            log.warn("could not tell the tray host about the new state", e);
        }
    }

    private void send(DBusSignal signal) {
        bus.sendMessage(signal);
        log.debug("sent {}", signal.getName());
    }

    /** The item's bus name, once started. */
    public String busName() {
        return busName;
    }

    /** The kind of bus address ({@code unix:path}, {@code unix:abstract}), for the log and status. */
    public String busKind() {
        return session.kind();
    }

    /**
     * Takes the item off the bus: its name is given up (the watcher drops the item when the name
     * leaves the bus), and a connection the tray opened itself is closed. Returns at once.
     */
    @Override
    public void close() {
        if (ownsSession) {
            session.close();
            return;
        }
        worker.execute(() -> {
            try {
                if (busName != null) {
                    bus.releaseBusName(busName);
                }
                bus.unExportObject(ExportedItem.PATH);
                bus.unExportObject(ExportedMenu.PATH);
            } catch (DBusException | RuntimeException e) {
                log.debug("taking the tray item off the session bus", e);
            }
        });
    }

    private static <T> T call(ExecutorService worker, Duration timeout, Callable<T> work) throws NotRegistered {
        Future<T> f = worker.submit(work);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new NotRegistered("the session bus did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new NotRegistered(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRegistered("interrupted", e);
        }
    }
}
