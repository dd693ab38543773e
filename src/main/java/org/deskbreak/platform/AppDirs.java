package org.deskbreak.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where DeskBreak keeps its files, following each platform's habit.
 *
 * @param config  settings ({@code deskbreak.ini})
 * @param data    history and logs
 * @param runtime lock and command socket (private to the user)
 */
public record AppDirs(Path config, Path data, Path runtime) {

    /** Puts config, data and runtime folders under one directory: tests, benchmarks, portable installs. */
    public static final String HOME_VARIABLE = "DESKBREAK_HOME";

    public AppDirs {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(runtime, "runtime");
    }

    public static AppDirs detect() {
        return detect(System.getenv(), Os.current(), Path.of(System.getProperty("user.home", ".")));
    }

    public static AppDirs detect(Map<String, String> env, Os os, Path userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath();
            return new AppDirs(root.resolve("config"), root.resolve("data"), root.resolve("run"));
        }
        if (os.isWindows()) {
            Path roaming = pathOr(env.get("APPDATA"), userHome.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), userHome.resolve("AppData").resolve("Local"));
            Path data = local.resolve("DeskBreak");
            return new AppDirs(roaming.resolve("DeskBreak"), data, data.resolve("run"));
        }
        if (os.isMac()) {
            Path support = userHome.resolve("Library").resolve("Application Support").resolve("DeskBreak");
            return new AppDirs(support, support, support.resolve("run"));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config")).resolve("deskbreak");
        Path data = pathOr(env.get("XDG_DATA_HOME"), userHome.resolve(".local").resolve("share")).resolve("deskbreak");
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        Path runtime = isAbsolute(runtimeDir) ? Path.of(runtimeDir).resolve("deskbreak") : data.resolve("run");
        return new AppDirs(config, data, runtime);
    }

    public Path settingsFile() {
        return config.resolve("deskbreak.ini");
    }

    public Path logDir() {
        return data.resolve("logs");
    }

    /** XDG says relative paths in these variables are invalid and must be ignored. */
    private static Path pathOr(String value, Path fallback) {
        return isAbsolute(value) ? Path.of(value) : fallback;
    }

    private static boolean isAbsolute(String value) {
        return value != null && !value.isBlank() && Path.of(value).isAbsolute();
    }
}
