package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

    @TempDir
    Path tmp;

    private final Path home = Path.of("/home/ada");

    // ---- folders -------------------------------------------------------------------------

    @Test
    void linuxFollowsXdgVariables() {
        AppDirs d = AppDirs.detect(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat", "XDG_RUNTIME_DIR", "/run/user/1000"),
                Os.LINUX, home);
        assertThat(d.settingsFile()).isEqualTo(Path.of("/cfg/deskbreak/deskbreak.ini"));
        assertThat(d.data()).isEqualTo(Path.of("/dat/deskbreak"));
        assertThat(d.runtime()).isEqualTo(Path.of("/run/user/1000/deskbreak"));
    }

    @Test
    void linuxFallsBackToHomeFoldersAndIgnoresRelativeXdgPaths() {
        AppDirs d = AppDirs.detect(Map.of("XDG_CONFIG_HOME", "relative/cfg"), Os.LINUX, home);
        assertThat(d.config()).isEqualTo(Path.of("/home/ada/.config/deskbreak"));
        assertThat(d.data()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak"));
        assertThat(d.runtime()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak/run"));
        assertThat(d.logDir()).isEqualTo(Path.of("/home/ada/.local/share/deskbreak/logs"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirs d = AppDirs.detect(Map.of("APPDATA", "/w/Roaming", "LOCALAPPDATA", "/w/Local"), Os.WINDOWS, home);
        assertThat(d.config()).isEqualTo(Path.of("/w/Roaming/DeskBreak"));
        assertThat(d.data()).isEqualTo(Path.of("/w/Local/DeskBreak"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirs d = AppDirs.detect(Map.of(), Os.MAC, home);
        assertThat(d.config()).isEqualTo(Path.of("/home/ada/Library/Application Support/DeskBreak"));
    }

    @Test
    void deskbreakHomePutsEverythingUnderOneFolder() {
        AppDirs d = AppDirs.detect(Map.of("DESKBREAK_HOME", "/portable", "XDG_CONFIG_HOME", "/cfg"), Os.LINUX, home);
        assertThat(d.config()).isEqualTo(Path.of("/portable/config"));
        assertThat(d.data()).isEqualTo(Path.of("/portable/data"));
        assertThat(d.runtime()).isEqualTo(Path.of("/portable/run"));
    }

    // ---- start at login ------------------------------------------------------------------

    private static final Autostart.Launch INSTALLED = new Autostart.Launch("/opt/deskbreak/bin/DeskBreak",
            List.of("--no-tray"), true);
    private static final Autostart.Launch SOURCE_BUILD = Autostart.launch(null, Optional.of("/usr/bin/java"),
            Optional.of(Path.of("/home/me/deskbreak/target/deskbreak.jar")), List.of(), List.of());

    @Test
    void startAtLoginWritesAndRemovesTheXdgEntry() throws Exception {
        Autostart a = Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), Os.LINUX, home,
                new Autostart.Launch("/usr/bin/java", List.of("-jar", "/opt/desk break/deskbreak.jar"), true));
        Path entry = tmp.resolve("autostart/deskbreak.desktop");

        a.applyAtStart(true);
        assertThat(Files.readString(entry)).contains("Exec=/usr/bin/java -jar \"/opt/desk break/deskbreak.jar\"")
                .contains("Type=Application");
        a.applyChosen(false);
        assertThat(entry).doesNotExist();
    }

    @Test
    void theInstalledPackageStartsAtLoginByDefaultAsItWasStarted() throws Exception {
        Autostart a = Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), Os.LINUX, home, INSTALLED);

        a.applyAtStart(true);

        assertThat(Files.readString(tmp.resolve("autostart/deskbreak.desktop")))
                .contains("\nExec=/opt/deskbreak/bin/DeskBreak --no-tray\n")
                .contains("\nTryExec=/opt/deskbreak/bin/DeskBreak\n");
    }

    @Test
    void aSourceBuildIsNotStartedAtLoginMerelyByTheDefault() {
        Autostart a = Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), Os.LINUX, home, SOURCE_BUILD);

        a.applyAtStart(true);

        assertThat(tmp.resolve("autostart/deskbreak.desktop")).doesNotExist();
    }

    @Test
    void aSourceBuildIsStartedAtLoginOnceTheUserTurnsItOn() throws Exception {
        Autostart a = Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), Os.LINUX, home, SOURCE_BUILD);
        a.applyAtStart(false);

        a.applyChosen(true);

        assertThat(Files.readString(tmp.resolve("autostart/deskbreak.desktop")))
                .contains("\nExec=/usr/bin/java -jar /home/me/deskbreak/target/deskbreak.jar\n")
                .contains("\nTryExec=/usr/bin/java\n");
    }

    @Test
    void offRemovesTheEntryWhateverStartedThisCopy() throws Exception {
        Path entry = Files.createDirectories(tmp.resolve("autostart")).resolve("deskbreak.desktop");
        Files.writeString(entry, "[Desktop Entry]\n");

        Autostart.detect(Map.of("XDG_CONFIG_HOME", tmp.toString()), Os.LINUX, home, SOURCE_BUILD).applyAtStart(false);

        assertThat(entry).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        // setting on, chosen just now, installed -> action
        "false, false, false, REMOVE",
        "false, true,  true,  REMOVE",
        "true,  false, true,  WRITE",
        "true,  true,  false, WRITE",
        "true,  false, false, LEAVE"
    })
    void whatTheSettingDoesToTheEntry(boolean on, boolean chosenNow, boolean installed, Autostart.Action expected) {
        assertThat(Autostart.decide(on, chosenNow, installed)).isEqualTo(expected);
    }

    @Test
    void theStartOptionsAreKeptInTheEntry() {
        Autostart.Launch fromJar = Autostart.launch(null, Optional.of("/usr/bin/java"),
                Optional.of(Path.of("/x/deskbreak.jar")), List.of("-XX:+UseSerialGC"), List.of("--no-tray"));
        Autostart.Launch fromPackage = Autostart.launch("/opt/deskbreak/bin/DeskBreak", Optional.of("/opt/java"),
                Optional.of(Path.of("/opt/deskbreak/lib/app/deskbreak.jar")), List.of("-XX:+UseSerialGC"), List.of("--no-tray"));

        assertThat(fromJar.execLine()).isEqualTo("/usr/bin/java -XX:+UseSerialGC -jar /x/deskbreak.jar --no-tray");
        assertThat(fromJar.installed()).isFalse();
        assertThat(fromPackage.execLine()).isEqualTo("/opt/deskbreak/bin/DeskBreak --no-tray");
        assertThat(fromPackage.installed()).isTrue();
    }

    @Test
    void underDeskbreakHomeTheRealSessionIsNeverTouched() {
        Autostart a = Autostart.detect(Map.of("DESKBREAK_HOME", tmp.toString(), "XDG_CONFIG_HOME", "/nope"), Os.LINUX, home,
                INSTALLED);
        assertThat(a.entry()).contains(tmp.resolve("autostart/deskbreak.desktop"));
    }

    @Test
    void unsupportedSystemsDoNothing() {
        Autostart a = Autostart.detect(Map.of(), Os.WINDOWS, home, INSTALLED);
        a.applyChosen(true);
        assertThat(a.entry()).isEmpty();
    }

    @Test
    void theLoginEntryKeepsTheFootprintOptionsButNotTheRest() {
        assertThat(Autostart.jvmOptions(List.of("-XX:+UseSerialGC", "-Ddeskbreak.timeScale=0.05",
                "-Xss512k", "-agentlib:jdwp=transport=dt_socket", "-XX:MaxRAM=256m", "-XX:Foo=a b")))
                .containsExactly("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAM=256m");
    }

    @Test
    void argumentsAreQuotedForTheDesktopEntrySpec() {
        assertThat(Autostart.quote("/usr/bin/java")).isEqualTo("/usr/bin/java");
        assertThat(Autostart.quote("/a b/$x\"y")).isEqualTo("\"/a b/\\$x\\\"y\"");
    }
}
