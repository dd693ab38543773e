package org.deskbreak.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * xfce4-panel with one top panel holding its Status Tray plugin, which hosts StatusNotifierItems
 * and owns the org.kde.StatusNotifierWatcher (and hosts XEmbed icons too). Its settings live in
 * a HOME of its own, pre-seeded so it asks no first-run question.
 */
final class XfcePanel {

    private final Desktop desktop;
    private final Path home;
    private final String busAddress;
    private Process process;

    XfcePanel(Desktop desktop, Path home, String busAddress) {
        this.desktop = desktop;
        this.home = home;
        this.busAddress = busAddress;
    }

    /** What the panel and its helpers (xfconfd, started by the bus) need: HOME and the bus. */
    static Map<String, String> env(Path home) {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString());
    }

    void start(SniHost host) throws IOException {
        writeConfig();
        java.util.Map<String, String> env = new java.util.HashMap<>(env(home));
        env.put("DBUS_SESSION_BUS_ADDRESS", busAddress);
        process = desktop.spawn("xfce4-panel", List.of("xfce4-panel"), env);
        Poll.until(Duration.ofSeconds(30), "xfce4-panel's StatusNotifierWatcher on the bus", host::watcherRuns);
    }

    /** Kills the panel as a crash would (no goodbye on the bus), and waits until it is gone. */
    void kill(SniHost host) {
        process.destroyForcibly();
        Poll.until(Duration.ofSeconds(20), "the watcher to leave the bus", () -> !host.watcherRuns());
    }

    private void writeConfig() throws IOException {
        Path dir = home.resolve(".config/xfce4/xfconf/xfce-perchannel-xml");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("xfce4-panel.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <channel name="xfce4-panel" version="1.0">
                  <property name="configver" type="int" value="2"/>
                  <property name="panels" type="array">
                    <value type="int" value="1"/>
                    <property name="panel-1" type="empty">
                      <property name="position" type="string" value="p=6;x=0;y=0"/>
                      <property name="length" type="uint" value="100"/>
                      <property name="position-locked" type="bool" value="true"/>
                      <property name="icon-size" type="uint" value="16"/>
                      <property name="size" type="uint" value="26"/>
                      <property name="plugin-ids" type="array">
                        <value type="int" value="1"/>
                        <value type="int" value="2"/>
                      </property>
                    </property>
                  </property>
                  <property name="plugins" type="empty">
                    <property name="plugin-1" type="string" value="separator">
                      <property name="expand" type="bool" value="true"/>
                      <property name="style" type="uint" value="0"/>
                    </property>
                    <property name="plugin-2" type="string" value="systray">
                      <property name="square-icons" type="bool" value="true"/>
                    </property>
                  </property>
                </channel>
                """, StandardCharsets.UTF_8);
    }
}
