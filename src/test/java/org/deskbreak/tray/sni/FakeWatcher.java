package org.deskbreak.tray.sni;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/** A StatusNotifierWatcher on its own connection, as a panel runs one: it records who registers. */
final class FakeWatcher implements StatusNotifierWatcher, Properties, AutoCloseable {

    final List<String> registered = new CopyOnWriteArrayList<>();
    private final boolean hostRegistered;
    private final DBusConnection bus;

    FakeWatcher(String address, boolean hostRegistered) throws DBusException {
        this.hostRegistered = hostRegistered;
        this.bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        bus.exportObject(PATH, this);
        bus.requestBusName(BUS_NAME);
    }

    @Override
    public void RegisterStatusNotifierItem(String service) {
        registered.add(service);
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A Get(String iface, String name) {
        if (name.equals("IsStatusNotifierHostRegistered")) {
            return (A) new Variant<>(hostRegistered);
        }
        throw new UnknownProperty(name);
    }

    @Override
    public <A> void Set(String iface, String name, A value) {
        throw new UnknownProperty(name);
    }

    @Override
    public Map<String, Variant<?>> GetAll(String iface) {
        return Map.of("IsStatusNotifierHostRegistered", new Variant<>(hostRegistered));
    }

    /** Leaves the bus, as a panel that quits does. */
    @Override
    public void close() {
        bus.disconnect();
    }
}
