package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run value and Task Manager's StartupApproved mark, on a registry kept in a map. */
class WindowsStartAtLoginTest {

    @TempDir
    Path tmp;

    private static final String EXE = "C:\\Users\\Ada Lovelace\\AppData\\Local\\DeskBreak\\DeskBreak.exe";
    private static final Autostart.Launch INSTALLED = new Autostart.Launch(EXE, List.of("--no-tray"), true);
    private static final byte[] DISABLED_BY_TASK_MANAGER = {3, 0, 0, 0, 0x5a, 0x1c, 0x33, 0x71, 0x12, 0x01, (byte) 0xdb, 0x01};
    private static final byte[] ENABLED_BY_TASK_MANAGER = {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** Values by "key\name"; strings as String, binaries as byte[]. */
    static final class FakeRegistry implements WindowsRunKey.Registry {
        final Map<String, Object> values = new HashMap<>();
        int writes;

        @Override
        public Optional<byte[]> readBinary(String key, String name) {
            return Optional.ofNullable(values.get(key + "\\" + name)).filter(byte[].class::isInstance).map(byte[].class::cast);
        }

        @Override
        public Optional<String> readString(String key, String name) {
            return Optional.ofNullable(values.get(key + "\\" + name)).filter(String.class::isInstance).map(String.class::cast);
        }

        @Override
        public void writeString(String key, String name, String value) {
            writes++;
            values.put(key + "\\" + name, value);
        }

        @Override
        public void delete(String key, String name) {
            values.remove(key + "\\" + name);
        }

        Object run() {
            return values.get(WindowsRunKey.RUN + "\\DeskBreak");
        }

        Object approved() {
            return values.get(WindowsRunKey.APPROVED + "\\DeskBreak");
        }
    }

    private final FakeRegistry registry = new FakeRegistry();

    private Autostart windows(Autostart.Launch launch) {
        return Autostart.detect(Map.of(), Os.WINDOWS, tmp, launch, registry);
    }

    // ---- which value for which launcher ----------------------------------------------------

    @Test
    void theInstalledLauncherIsWrittenToTheRunKeyQuotedWithItsStartOptions() {
        windows(INSTALLED).applyAtStart(true);

        assertThat(WindowsRunKey.RUN).isEqualTo("Software\\Microsoft\\Windows\\CurrentVersion\\Run");
        assertThat(registry.run()).isEqualTo("\"" + EXE + "\" --no-tray");
    }

    @Test
    void aSourceBuildStartsWithJavawSoNoConsoleOpensAndOnlyOnceChosen() {
        Autostart.Launch jar = Autostart.launch(Os.WINDOWS, null, Optional.of("C:\\Program Files\\Java\\bin\\java.exe"),
                Optional.of(Path.of("/build/deskbreak.jar")), List.of("-XX:+UseSerialGC"), List.of());
        Autostart a = windows(jar);

        a.applyAtStart(true);
        assertThat(registry.run()).isNull();

        a.applyChosen(true);
        assertThat((String) registry.run())
                .startsWith("\"C:\\Program Files\\Java\\bin\\javaw.exe\" -XX:+UseSerialGC -jar ")
                .endsWith("deskbreak.jar");
    }

    @Test
    void startedFromTheConsoleLauncherTheLoginStartIsStillTheWindowedOne() {
        Autostart.Launch fromCli = Autostart.launch(Os.WINDOWS,
                "C:\\Users\\ada\\AppData\\Local\\DeskBreak\\deskbreak-cli.exe", Optional.empty(), Optional.empty(),
                List.of(), List.of());

        windows(fromCli).applyAtStart(true);

        assertThat(registry.run()).isEqualTo("\"C:\\Users\\ada\\AppData\\Local\\DeskBreak\\DeskBreak.exe\"");
    }

    @Test
    void anUnchangedValueIsNotWrittenAgain() {
        Autostart a = windows(INSTALLED);
        a.applyAtStart(true);
        a.applyAtStart(true);

        assertThat(registry.writes).isEqualTo(1);
    }

    @Test
    void offRemovesTheRunValueAndLeavesTaskManagersRecord() {
        registry.values.put(WindowsRunKey.RUN + "\\DeskBreak", "\"" + EXE + "\"");
        registry.values.put(WindowsRunKey.APPROVED + "\\DeskBreak", ENABLED_BY_TASK_MANAGER);

        windows(INSTALLED).applyChosen(false);

        assertThat(registry.run()).isNull();
        assertThat(registry.approved()).isEqualTo(ENABLED_BY_TASK_MANAGER);
    }

    // ---- Task Manager's Startup tab ---------------------------------------------------------

    @Test
    void disabledInTaskManagerStaysDisabledWhenDeskBreakStartsWithItsDefault() {
        registry.values.put(WindowsRunKey.APPROVED + "\\DeskBreak", DISABLED_BY_TASK_MANAGER);

        windows(INSTALLED).applyAtStart(true);

        assertThat(registry.approved()).isEqualTo(DISABLED_BY_TASK_MANAGER);
    }

    @Test
    void turningItOnInDeskBreakClearsTaskManagersDisabledMark() {
        registry.values.put(WindowsRunKey.APPROVED + "\\DeskBreak", DISABLED_BY_TASK_MANAGER);

        windows(INSTALLED).applyChosen(true);

        assertThat(registry.approved()).isNull();
        assertThat(registry.run()).isEqualTo("\"" + EXE + "\" --no-tray");
    }

    @Test
    void anOddFirstByteIsDisabledAndAnEvenOneEnabled() {
        assertThat(WindowsRunKey.disabled(DISABLED_BY_TASK_MANAGER)).isTrue();
        assertThat(WindowsRunKey.disabled(new byte[] {7, 0, 0, 0})).isTrue();
        assertThat(WindowsRunKey.disabled(ENABLED_BY_TASK_MANAGER)).isFalse();
        assertThat(WindowsRunKey.disabled(new byte[] {6, 0, 0, 0})).isFalse();
        assertThat(WindowsRunKey.disabled(new byte[0])).isFalse();
    }

    @Test
    void aPortableCopyNeverTouchesTheRegistry() {
        Autostart.detect(Map.of("DESKBREAK_HOME", tmp.toString()), Os.WINDOWS, tmp, INSTALLED, registry).applyChosen(true);

        assertThat(registry.values).isEmpty();
    }

    // ---- quoting as CommandLineToArgvW reads it --------------------------------------------

    @Test
    void argumentsAreQuotedAsWindowsSplitsThem() {
        assertThat(WindowsRunKey.quote("--no-tray", false)).isEqualTo("--no-tray");
        assertThat(WindowsRunKey.quote("C:\\DeskBreak.exe", true)).isEqualTo("\"C:\\DeskBreak.exe\"");
        assertThat(WindowsRunKey.quote("a b", false)).isEqualTo("\"a b\"");
        assertThat(WindowsRunKey.quote("say \"hi\"", false)).isEqualTo("\"say \\\"hi\\\"\"");
        // Backslashes before the closing quote are doubled, else they would escape it.
        assertThat(WindowsRunKey.quote("C:\\my dir\\", false)).isEqualTo("\"C:\\my dir\\\\\"");
        assertThat(WindowsRunKey.quote("", false)).isEqualTo("\"\"");
    }
}
