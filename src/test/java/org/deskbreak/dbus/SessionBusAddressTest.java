package org.deskbreak.dbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionBusAddressTest {

    @Test
    void theEnvironmentsAddressComesFirst() {
        assertThat(SessionBusAddress.from(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-x1,guid=ab",
                "XDG_RUNTIME_DIR", "/run/user/1000"), p -> true)).contains("unix:abstract=/tmp/dbus-x1,guid=ab");
    }

    @Test
    void withoutItTheSystemdUserBusIsUsedWhereItsSocketIs() {
        assertThat(SessionBusAddress.from(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), p -> true))
                .contains("unix:path=/run/user/1000/bus");
        assertThat(SessionBusAddress.from(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), p -> false)).isEmpty();
        assertThat(SessionBusAddress.from(Map.of(), p -> true)).isEmpty();
    }

    @Test
    void theKindIsTheTransportAndTheAddressKey() {
        assertThat(SessionBusAddress.kind("unix:abstract=/tmp/dbus-x1,guid=ab")).isEqualTo("unix:abstract");
        assertThat(SessionBusAddress.kind("unix:path=/run/user/1000/bus")).isEqualTo("unix:path");
    }
}
