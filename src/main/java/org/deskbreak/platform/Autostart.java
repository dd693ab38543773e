package org.deskbreak.platform;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>The entry starts DeskBreak as this copy was started, start options included, and names the
 * program in {@code TryExec}, so the desktop passes over it once the program is gone. The setting
 * is on by default, but that default writes an entry only for the installed package: a copy run
 * from a source build or a loose jar gets one only when the user turns the setting on.
 */
public final class Autostart {

    private static final Logger log = LoggerFactory.getLogger(Autostart.class);

    /** What to do with the entry. */
    enum Action { WRITE, REMOVE, LEAVE }

    /**
     * How this copy was started.
     *
     * @param program   the executable: the installed launcher, else the java binary
     * @param arguments what follows it, start options last
     * @param installed started by the installed package's launcher
     */
    record Launch(String program, List<String> arguments, boolean installed) {
        Launch {
            arguments = List.copyOf(arguments);
        }

        String execLine() {
            StringBuilder line = new StringBuilder(quote(program));
            for (String a : arguments) {
                line.append(' ').append(quote(a));
            }
            return line.toString();
        }
    }

    private final Path dir;           // null where unsupported
    private final Launch launch;

    Autostart(Path dir, Launch launch) {
        this.dir = dir;
        this.launch = launch;
    }

    /** For this process, which was started with {@code startOptions} (such as {@code --no-tray}). */
    public static Autostart detect(List<String> startOptions) {
        return detect(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), thisLaunch(startOptions));
    }

    static Autostart detect(Map<String, String> env, String osName, Path userHome, Launch launch) {
        String home = env.get(AppDirs.HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new Autostart(Path.of(home).toAbsolutePath().resolve("autostart"), launch);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return new Autostart(null, launch);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
        return new Autostart(config.resolve("autostart"), launch);
    }

    public Optional<Path> entry() {
        return Optional.ofNullable(dir).map(d -> d.resolve("deskbreak.desktop"));
    }

    /** At start: the setting as read, which may be no more than its default. */
    public void applyAtStart(boolean settingOn) {
        apply(decide(settingOn, false, launch.installed()));
    }

    /** The user has just turned the setting on or off (settings window, tray, or the file). */
    public void applyChosen(boolean settingOn) {
        apply(decide(settingOn, true, launch.installed()));
    }

    /**
     * Off removes the entry. On writes it when the user has just chosen so, or for the installed
     * package; otherwise (the default, in a source build) an entry is neither made nor touched.
     */
    static Action decide(boolean settingOn, boolean chosenNow, boolean installed) {
        if (!settingOn) {
            return Action.REMOVE;
        }
        return chosenNow || installed ? Action.WRITE : Action.LEAVE;
    }

    /** Failures are logged, never thrown. */
    private void apply(Action action) {
        Optional<Path> entry = entry();
        if (entry.isEmpty()) {
            if (action == Action.WRITE) {
                log.info("Start at login is not supported on this system yet");
            }
            return;
        }
        try {
            switch (action) {
                case WRITE -> write(entry.get());
                case REMOVE -> Files.deleteIfExists(entry.get());
                case LEAVE -> log.info("Start at login is on by default only for the installed package;"
                        + " turn it on in the settings to start this copy at login");
            }
        } catch (IOException e) {
            log.warn("Could not update the login entry: {}", FileErrors.describe(e));
        }
    }

    String desktopFile() {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=DeskBreak\n"
                + "Comment=Break reminders with a two-minute wall routine for your back\n"
                + "TryExec=" + launch.program() + "\n"
                + "Exec=" + launch.execLine() + "\n"
                + "Icon=deskbreak\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    private void write(Path entry) throws IOException {
        String text = desktopFile();
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(entry, StandardCharsets.UTF_8).equals(text)) {
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

    /** The footprint options this JVM was started with (installer/jvm.options), so a login start is as lean. */
    static List<String> jvmOptions() {
        return jvmOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static List<String> jvmOptions(List<String> inputArguments) {
        List<String> kept = new ArrayList<>();
        for (String a : inputArguments) {
            if ((a.startsWith("-XX:") || a.startsWith("-Xss") || a.startsWith("-Xmx")) && !a.contains(" ")) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** How this copy of DeskBreak was launched: the installed launcher, else java -jar this jar. */
    static Launch thisLaunch(List<String> startOptions) {
        return launch(System.getProperty("jpackage.app-path"), ProcessHandle.current().info().command(), ownJar(),
                jvmOptions(), startOptions);
    }

    static Launch launch(String installedLauncher, Optional<String> javaBinary, Optional<Path> jar,
                         List<String> jvmOptions, List<String> startOptions) {
        if (installedLauncher != null && !installedLauncher.isBlank()) {
            return new Launch(installedLauncher, startOptions, true);
        }
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.add("-jar");
        arguments.add(jar.map(j -> j.toAbsolutePath().toString()).orElse("deskbreak.jar"));
        arguments.addAll(startOptions);
        return new Launch(javaBinary.orElse("java"), arguments, false);
    }

    private static Optional<Path> ownJar() {
        try {
            return Optional.of(Path.of(Autostart.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
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
