package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where no StatusNotifierItem host runs, the XEmbed tray is used as before, and the app says why:
 * no session bus at all, or a bus with no watcher on it (trayer hosts only XEmbed).
 */
@ExtendWith(DesktopExtension.class)
class TrayFallbackIT {

    @Test
    void withoutASessionBusTheIconDocksInTheXEmbedTray(Desktop desktop, Path dir) throws Exception {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("nobus")).start()) {
            app.awaitDocked();

            assertThat(desktop.dockedIcons("org-deskbreak")).hasSize(1);
            app.awaitLog("DesktopApp - tray: ", 1, java.time.Duration.ofSeconds(20));
            assertThat(app.log()).contains("tray: XEmbed system tray: tray icon added to the X11 system tray; "
                    + "no D-Bus tray: no session bus");
            assertThat(app.cli("status")).contains("Tray: XEmbed system tray").contains("no session bus");
            assertThat(app.cli("status", "--json")).contains("\"tray\":{\"backend\":\"xembed\"");
        }
    }

    @Test
    void withABusButNoWatcherTheIconDocksInTheXEmbedTray(Desktop desktop, Path dir) throws Exception {
        Assumptions.assumeTrue(PrivateBus.available() || "1".equals(System.getenv("DESKBREAK_E2E_REQUIRED")),
                "needs dbus-daemon");
        try (PrivateBus bus = PrivateBus.start(PrivateBus.Kind.ABSTRACT, dir.resolve("bus"), Map.of());
             DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("nowatcher")).sessionBus(bus.address())
                     .start()) {
            app.awaitDocked();

            assertThat(desktop.dockedIcons("org-deskbreak")).hasSize(1);
            app.awaitLog("DesktopApp - tray: ", 1, java.time.Duration.ofSeconds(20));
            assertThat(app.log()).as("the choice is logged once").containsOnlyOnce("DesktopApp - tray: ")
                    .contains("no org.kde.StatusNotifierWatcher on the session bus");
        }
    }
}
