package org.deskbreak.platform;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Start at login" on Linux desktops: an XDG autostart entry ({@code deskbreak.desktop} in
 * {@code $XDG_CONFIG_HOME/autostart}), written when the setting is on and removed when off.
 * Under {@code DESKBREAK_HOME} the entry goes to {@code DESKBREAK_HOME/autostart}, so tests and
 * portable copies never touch the real session. Other systems: not yet supported (logged once).
 */
public final class Autostart {

    private static final Logger log = LoggerFactory.getLogger(Autostart.class);

    private final Path dir;           // null where unsupported
    private final String execLine;

    Autostart(Path dir, String execLine) {
        this.dir = dir;
        this.execLine = execLine;
    }

    public static Autostart detect() {
        return detect(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), launchCommand());
    }

    static Autostart detect(Map<String, String> env, String osName, Path userHome, String execLine) {
        String home = env.get(AppDirs.HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new Autostart(Path.of(home).toAbsolutePath().resolve("autostart"), execLine);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return new Autostart(null, execLine);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
        return new Autostart(config.resolve("autostart"), execLine);
    }

    public Optional<Path> entry() {
        return Optional.ofNullable(dir).map(d -> d.resolve("deskbreak.desktop"));
    }

    /** Makes the login entry match the setting; failures are logged, never thrown. */
    public void apply(boolean enabled) {
        Optional<Path> entry = entry();
        if (entry.isEmpty()) {
            if (enabled) {
                log.info("Start at login is not supported on this system yet");
            }
            return;
        }
        try {
            if (enabled) {
                write(entry.get());
            } else {
                Files.deleteIfExists(entry.get());
            }
        } catch (IOException e) {
            log.warn("Could not update the login entry {}: {}", entry.get(), e.toString());
        }
    }

    String desktopFile() {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=DeskBreak\n"
                + "Comment=Break reminders with a two-minute wall routine for your back\n"
                + "Exec=" + execLine + "\n"
                + "Icon=deskbreak\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    private void write(Path entry) throws IOException {
        String text = desktopFile();
        if (Files.isRegularFile(entry) && Files.readString(entry, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(entry.getParent());
        Path tmp = Files.createTempFile(entry.getParent(), ".deskbreak", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** How this copy of DeskBreak was launched: the installed launcher, else java -jar this jar. */
    /** The footprint options this JVM was started with (installer/jvm.options), so a login start is as lean. */
    static String jvmOptions() {
        return jvmOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static String jvmOptions(java.util.List<String> inputArguments) {
        StringBuilder kept = new StringBuilder();
        for (String a : inputArguments) {
            if ((a.startsWith("-XX:") || a.startsWith("-Xss") || a.startsWith("-Xmx")) && !a.contains(" ")) {
                kept.append(' ').append(a);
            }
        }
        return kept.toString();
    }

    static String launchCommand() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            return quote(launcher);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Path jar = Path.of(Autostart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return quote(java) + jvmOptions() + " -jar " + quote(jar.toAbsolutePath().toString());
        } catch (URISyntaxException | RuntimeException e) {
            return quote(java) + jvmOptions() + " -jar deskbreak.jar";
        }
    }

    /** Quoting as the Desktop Entry spec asks for arguments with spaces or reserved characters. */
    static String quote(String arg) {
        if (arg.matches("[A-Za-z0-9_./+=:@%-]+")) {
            return arg;
        }
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$") + "\"";
    }
}
