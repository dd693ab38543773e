package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deskbreak.core.IdleSource;
import org.junit.jupiter.api.Test;

/** Where the desktop cannot tell idle time, the planner gets "no information", never a guess. */
class DesktopIdleTest {

    @Test
    void aWaylandSessionGivesNoIdleInformation() {
        IdleSource idle = DesktopIdle.detect(Map.of("XDG_SESSION_TYPE", "wayland", "DISPLAY", ":0", "WAYLAND_DISPLAY", "wayland-0"));

        assertThat(idle).isSameAs(IdleSource.NONE);
    }

    @Test
    void noDisplayGivesNoIdleInformation() {
        assertThat(DesktopIdle.detect(Map.of())).isSameAs(IdleSource.NONE);
        assertThat(DesktopIdle.detect(Map.of("DISPLAY", " "))).isSameAs(IdleSource.NONE);
    }

    @Test
    void aDisplayThatCannotBeOpenedGivesNoIdleInformation() {
        // Display 99999 on this host does not exist: XOpenDisplay fails and says so, nothing throws.
        assertThat(DesktopIdle.detect(Map.of("DISPLAY", ":99999"))).isSameAs(IdleSource.NONE);
    }

    @Test
    void theIdleFieldIsReadAtItsCLayoutOffset() {
        // Window (a C long), two ints, then til_or_since (a C long): idle follows at 24 on 64-bit Linux.
        long cLong = com.sun.jna.NativeLong.SIZE;
        assertThat(X11Idle.IDLE_OFFSET).isEqualTo(cLong + 4 + 4 + cLong);
    }
}
