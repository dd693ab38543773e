package org.deskbreak.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop asks for dark windows. Each platform keeps the answer somewhere else;
 * all the places are read here, with a short timeout, and never on the event thread.
 */
public final class DesktopTheme {

    private static final long TIMEOUT_MS = 1500;

    private DesktopTheme() {
    }

    /** Empty when the platform does not say (the app then uses light). */
    public static Optional<Boolean> prefersDark() {
        return prefersDark(Os.current(), DesktopTheme::run);
    }

    /**
     * {@code run}: a command's standard output when it exited 0 in time, else empty. Read once at
     * start: neither Java nor FlatLaf tells a Swing app when Windows or macOS switch between light
     * and dark, and watching for it (a window message on Windows, a distributed notification on
     * macOS) would need a native event loop of our own.
     */
    static Optional<Boolean> prefersDark(Os os, Function<List<String>, Optional<String>> run) {
        if (os.isWindows()) {
            return run.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(DesktopTheme::parseWindowsRegistry);
        }
        if (os.isMac()) {
            // "defaults" exits non-zero when the key is missing, which means light.
            return Optional.of(run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(DesktopTheme::parseMacStyle).orElse(false));
        }
        Optional<Boolean> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(DesktopTheme::parseGnomeColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(DesktopTheme::parseGtkThemeName);
    }

    /** {@code 'prefer-dark'} is dark, {@code 'prefer-light'} light, {@code 'default'} says nothing. */
    static Optional<Boolean> parseGnomeColorScheme(String out) {
        String v = out.trim().replace("'", "");
        if (v.equals("prefer-dark")) {
            return Optional.of(true);
        }
        if (v.equals("prefer-light")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static boolean parseGtkThemeName(String out) {
        return out.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static Optional<Boolean> parseWindowsRegistry(String out) {
        for (String line : out.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String[] parts = line.trim().split("\\s+");
                String value = parts[parts.length - 1];
                return Optional.of(value.equalsIgnoreCase("0x0"));
            }
        }
        return Optional.empty();
    }

    static boolean parseMacStyle(String out) {
        return out.trim().equalsIgnoreCase("Dark");
    }

    /** Standard output of a command that exited 0 within the timeout; empty otherwise. */
    private static Optional<String> run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();  // the tool is not installed
        }
        try (InputStream in = p.getInputStream()) {
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return Optional.empty();
        }
    }
}
