package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesktopThemeTest {

    @Test
    void gnomeColorSchemeSaysDarkLightOrNothing() {
        assertThat(DesktopTheme.parseGnomeColorScheme("'prefer-dark'\n")).contains(true);
        assertThat(DesktopTheme.parseGnomeColorScheme("'prefer-light'\n")).contains(false);
        assertThat(DesktopTheme.parseGnomeColorScheme("'default'\n")).isEmpty();
    }

    @Test
    void aGtkThemeNamedDarkIsDark() {
        assertThat(DesktopTheme.parseGtkThemeName("'Adwaita-dark'\n")).isTrue();
        assertThat(DesktopTheme.parseGtkThemeName("'Adwaita'\n")).isFalse();
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        String light = "\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n";

        assertThat(DesktopTheme.parseWindowsRegistry(dark)).contains(true);
        assertThat(DesktopTheme.parseWindowsRegistry(light)).contains(false);
        assertThat(DesktopTheme.parseWindowsRegistry("ERROR: not found")).isEmpty();
    }

    @Test
    void macAppleInterfaceStyleDarkIsDark() {
        assertThat(DesktopTheme.parseMacStyle("Dark\n")).isTrue();
        assertThat(DesktopTheme.parseMacStyle("Light\n")).isFalse();
    }

    // ---- which command each system asks ----------------------------------------------------

    @Test
    void windowsAsksTheRegistryForAppsUseLightTheme() {
        java.util.List<java.util.List<String>> asked = new java.util.ArrayList<>();
        java.util.Optional<Boolean> dark = DesktopTheme.prefersDark(Os.WINDOWS, command -> {
            asked.add(command);
            return java.util.Optional.of("\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                    + "    AppsUseLightTheme    REG_DWORD    0x0\r\n");
        });

        assertThat(dark).contains(true);
        assertThat(asked).containsExactly(java.util.List.of("reg", "query",
                "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
    }

    @Test
    void macWithoutAnInterfaceStyleIsLight() {
        assertThat(DesktopTheme.prefersDark(Os.MAC, command -> java.util.Optional.empty())).contains(false);
        assertThat(DesktopTheme.prefersDark(Os.MAC, command -> java.util.Optional.of("Dark\n"))).contains(true);
    }
}
