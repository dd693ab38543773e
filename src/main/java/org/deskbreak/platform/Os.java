package org.deskbreak.platform;

import java.util.Locale;

/**
 * Which operating system this is: the one place that reads {@code os.name} (as FlatLaf's
 * SystemInfo is). Everything else is handed an {@code Os}, so Windows and macOS code paths run in
 * tests on any system; {@code LayeringTest} keeps every other class off the property.
 */
public enum Os {
    WINDOWS, MAC, LINUX, OTHER;

    /** The system this JVM runs on. */
    public static Os current() {
        return of(System.getProperty("os.name", ""));
    }

    /** From a value of {@code os.name}: "Windows 11", "Mac OS X", "Linux", "FreeBSD"… */
    public static Os of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return MAC;
        }
        if (os.startsWith("linux")) {
            return LINUX;
        }
        return OTHER;
    }

    public boolean isWindows() {
        return this == WINDOWS;
    }

    public boolean isMac() {
        return this == MAC;
    }

    public boolean isLinux() {
        return this == LINUX;
    }

    /** Linux and the BSDs: folders, login entries and tray follow the freedesktop.org habits. */
    public boolean isFreedesktop() {
        return this == LINUX || this == OTHER;
    }
}
