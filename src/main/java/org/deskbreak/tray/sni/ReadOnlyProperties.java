package org.deskbreak.tray.sni;

import java.util.Map;
import java.util.function.Supplier;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.errors.UnknownInterface;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.types.Variant;

/**
 * What an exported object answers to {@code org.freedesktop.DBus.Properties}: its properties are
 * read fresh from {@code values} on every call, under one interface (an empty interface name
 * means that one too, as hosts send it), and none can be set.
 */
final class ReadOnlyProperties {

    private final String iface;
    private final String path;
    private final Supplier<Map<String, Variant<?>>> values;

    ReadOnlyProperties(String iface, String path, Supplier<Map<String, Variant<?>>> values) {
        this.iface = iface;
        this.path = path;
        this.values = values;
    }

    Map<String, Variant<?>> all(String asked) {
        if (!iface.equals(asked) && !asked.isEmpty()) {
            throw new UnknownInterface("no interface " + asked + " at " + path);
        }
        return values.get();
    }

    @SuppressWarnings("unchecked")
    <A> A get(String asked, String name) {
        Variant<?> value = all(asked).get(name);
        if (value == null) {
            throw new UnknownProperty("no property " + name + " on " + asked);
        }
        return (A) value;
    }

    PropertyReadOnly refusal(String name) {
        return new PropertyReadOnly(name + " is read-only");
    }
}
