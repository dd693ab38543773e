package org.deskbreak.dbus;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one connection to the session bus, shared by the D-Bus tray and the desktop's busy
 * and idle signals. The tray exports objects and works on {@link #worker()}, a thread of its own;
 * questions ({@link #property}, {@link #mutterIdleTime}, {@link #xfconf}) run on another, each
 * bounded by a timeout, so a service that hangs keeps neither the tray nor the caller waiting.
 *
 * <p>Nobody outside this package and the tray's sees a dbus-java type: questions answer with
 * plain Java values.
 */
public final class SessionBus implements AutoCloseable {

    /** The outcome of connecting. */
    public sealed interface Outcome {
    }

    public record Connected(SessionBus bus) implements Outcome {
    }

    /** No session bus, and why, in words for the log and {@code deskbreak status}. */
    public record Unavailable(String reason) implements Outcome {
    }

    static final int CONNECT_TIMEOUT_MS = 1000;
    private static final Logger log = LoggerFactory.getLogger(SessionBus.class);

    private final DBusConnection connection;
    private final String address;
    private final ExecutorService worker;
    private final ExecutorService questions;

    private SessionBus(DBusConnection connection, String address, ExecutorService worker) {
        this.connection = connection;
        this.address = address;
        this.worker = worker;
        this.questions = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "deskbreak-dbus-ask");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects to the session bus named by {@code env}. Blocks for at most {@code timeout}; call it
     * off the event thread.
     */
    public static Outcome connect(Map<String, String> env, Duration timeout) {
        var found = SessionBusAddress.from(env);
        if (found.isEmpty()) {
            return new Unavailable("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
        }
        String address = found.get();
        // Not a daemon: while the tray item is on the bus no window may exist, and AWT lets the JVM
        // end when none does (an XEmbed icon keeps AWT alive; a D-Bus item does not). Quit ends it.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "deskbreak-dbus"));
        Future<DBusConnection> f = worker.submit(() -> open(address));
        try {
            return new Connected(new SessionBus(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS), address, worker));
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            return new Unavailable("the session bus did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            worker.shutdown();
            return new Unavailable("could not connect to the session bus at " + SessionBusAddress.kind(address)
                    + " (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
            return new Unavailable("interrupted while connecting to the session bus");
        }
    }

    private static DBusConnection open(String address) throws DBusException {
        // One retry, not twenty: a bus that is not there at start (a stale address) is not waited for.
        return DBusConnectionBuilder.forAddress(address).withShared(false)
                .transportConfig().withTimeout(CONNECT_TIMEOUT_MS).back()
                .receivingThreadConfig()
                .withSignalThreadCount(1).withMethodCallThreadCount(1)
                .withMethodReturnThreadCount(1).withErrorHandlerThreadCount(1)
                .connectionConfig()
                .build();
    }

    /** The connection itself, for the tray, which exports objects on it. */
    public DBusConnection connection() {
        return connection;
    }

    /** The tray's thread: every bus call of the tray runs here, never on the event thread. */
    public ExecutorService worker() {
        return worker;
    }

    /** The kind of bus address ({@code unix:path}, {@code unix:abstract}), for the log and status. */
    public String kind() {
        return SessionBusAddress.kind(address);
    }

    /** Whether some program owns {@code name} on the bus now. */
    public boolean hasOwner(String name, Duration timeout) throws BusQueryFailed {
        return ask(timeout, "NameHasOwner " + name, () -> connection
                .getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class).NameHasOwner(name));
    }

    /**
     * A property's value as a plain Java value (Boolean, Long for any integer, String); empty when
     * nobody owns {@code service}, so a desktop without it is not a failure.
     */
    public Optional<Object> property(String service, String path, String iface, String name, Duration timeout)
            throws BusQueryFailed {
        if (!hasOwner(service, timeout)) {
            return Optional.empty();
        }
        return ask(timeout, iface + "." + name, () -> Optional.ofNullable(plain(
                connection.getRemoteObject(service, path, Properties.class).Get(iface, name))));
    }

    /**
     * GNOME's idle time in milliseconds; empty when Mutter's idle monitor is not on the bus. One
     * round trip (no owner check first): it is asked at every planner wake-up.
     */
    public Optional<Long> mutterIdleTime(Duration timeout) throws BusQueryFailed {
        return ask(timeout, "GetIdletime", () -> {
            try {
                UInt64 ms = connection.getRemoteObject(MutterIdleMonitor.BUS_NAME, MutterIdleMonitor.PATH,
                        MutterIdleMonitor.class).GetIdletime();
                return Optional.of(ms.longValue());
            } catch (DBusExecutionException e) {
                if (String.valueOf(e.getType()).endsWith("ServiceUnknown")) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** One Xfconf value as a plain Java value; empty when xfconfd is not on the bus or has no such value. */
    public Optional<Object> xfconf(String channel, String property, Duration timeout) throws BusQueryFailed {
        if (!hasOwner(Xfconf.BUS_NAME, timeout)) {
            return Optional.empty();
        }
        return ask(timeout, "Xfconf " + channel + property, () -> {
            try {
                return Optional.ofNullable(plain(connection.getRemoteObject(Xfconf.BUS_NAME, Xfconf.PATH, Xfconf.class)
                        .GetProperty(channel, property)));
            } catch (DBusExecutionException e) {
                // xfconfd answers an unset property with an error: the user never changed it.
                if (String.valueOf(e.getType()).endsWith("PropertyNotFound")) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    private <T> T ask(Duration timeout, String what, Callable<T> question) throws BusQueryFailed {
        Future<T> f = questions.submit(question);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new BusQueryFailed(what + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new BusQueryFailed(what + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusQueryFailed(what + ": interrupted", e);
        }
    }

    private static Object plain(Object value) {
        Object v = value instanceof Variant<?> variant ? variant.getValue() : value;
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            return n.longValue();
        }
        return v;
    }

    /** Leaves the bus: on the tray's thread, after what it was given. Returns at once. */
    @Override
    public void close() {
        questions.shutdownNow();
        worker.execute(() -> {
            try {
                connection.disconnect();
            } catch (RuntimeException e) {
                log.debug("closing the session bus connection", e);
            }
        });
        worker.shutdown();
    }
}
