package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformTest {

    @TempDir
    Path tmp;

    private final Path home = Path.of("/home/ada");

    // ---- folders -------------------------------------------------------------------------

    @Test
    void linuxFollowsXdgVariables() {
        AppDirs d = AppDirs.detect(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat", "XDG_RUNTIME_DIR", "/run/user/1000"),
                "Linux", home);
        assertThat(d.settingsFile()).isEqualTo(Path.of("/cfg/deskbreak/deskbreak.ini"));
        assertThat(d.data()).isEqualTo(Path.of("/dat/deskbreak"));
        assertThat(d.runtime()).isEqualTo(Path.of("/run/user/1000/deskbreak"));
    }

    @Test
    void linuxFallsBackToHomeFoldersAndIgnoresRelativeXdgPaths() {
        AppDirs d = AppDirs.detect(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "Linux", home);
        assertThat(d.config()).isEqualTo(Path.of("/home/ada/.config/deskbreak"));
        assertThat(d.data()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak"));
        assertThat(d.runtime()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak/run"));
        assertThat(d.logDir()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak/logs"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirs d = AppDirs.detect(Map.of("APPDATA", "/w/Roaming", "LOCALAPPDATA", "/w/Local"), "Windows 11", home);
        assertThat(d.config()).isEqualTo(Path.of("/w/Roaming/DeskBreak"));
        assertThat(d.data()).isEqualTo(Path.of("/w/Local/DeskBreak"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirs d = AppDirs.detect(Map.of(), "Mac OS X", home);
        assertThat(d.config()).isEqualTo(Path.of("/home/ada/Library/Application Support/DeskBreak"));
    }

    @Test
    void deskbreakHomePutsEverythingUnderOneFolder() {
        AppDirs d = AppDirs.detect(Map.of("DESKBREAK_HOME", "/portable", "XDG_CONFIG_HOME", "/cfg"), "Linux", home);
        assertThat(d.config()).isEqualTo(Path.of("/portable/config"));
        assertThat(d.data()).isEqualTo(Path.of("/portable/data"));
        assertThat(d.runtime()).isEqualTo(Path.of("/portable/run"));
    }

    // ---- start at login ------------------------------------------------------------------

    @Test
    void startAtLoginWritesAndRemovesTheXdgEntry() throws Exception {
        Autostart a = Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), "Linux", home,
                "/usr/bin/java -jar \"/opt/desk break/deskbreak.jar\"");
        Path entry = tmp.resolve("autostart/deskbreak.desktop");

        a.apply(true);
        assertThat(Files.readString(entry)).contains("Exec=/usr/bin/java -jar \"/opt/desk break/deskbreak.jar\"")
                .contains("Type=Application");
        a.apply(false);
        assertThat(entry).doesNotExist();
    }

    @Test
    void underDeskbreakHomeTheRealSessionIsNeverTouched() {
        Autostart a = Autostart.detect(Map.of("DESKBREAK_HOME", tmp.toString(), "XDG_CONFIG_HOME", "/nope"), "Linux", home, "x");
        assertThat(a.entry()).contains(tmp.resolve("autostart/deskbreak.desktop"));
    }

    @Test
    void unsupportedSystemsDoNothing() {
        Autostart a = Autostart.detect(Map.of(), "Windows 11", home, "x");
        a.apply(true);
        assertThat(a.entry()).isEmpty();
    }

    @Test
    void theLoginEntryKeepsTheFootprintOptionsButNotTheRest() {
        assertThat(Autostart.jvmOptions(java.util.List.of("-XX:+UseSerialGC", "-Ddeskbreak.timeScale=0.05",
                "-Xss512k", "-agentlib:jdwp=transport=dt_socket", "-XX:MaxRAM=256m", "-XX:Foo=a b")))
                .isEqualTo(" -XX:+UseSerialGC -Xss512k -XX:MaxRAM=256m");
    }

    @Test
    void argumentsAreQuotedForTheDesktopEntrySpec() {
        assertThat(Autostart.quote("/usr/bin/java")).isEqualTo("/usr/bin/java");
        assertThat(Autostart.quote("/a b/$x\"y")).isEqualTo("\"/a b/\\$x\\\"y\"");
    }
}
