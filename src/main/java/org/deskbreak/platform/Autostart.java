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
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Start at login", written when the setting is on and removed when off, in each system's own
 * place: an XDG autostart entry ({@code deskbreak.desktop} in {@code $XDG_CONFIG_HOME/autostart})
 * on Linux, a value under {@code HKCU\\...\\CurrentVersion\\Run} on Windows ({@link WindowsRunKey}),
 * a LaunchAgent in {@code ~/Library/LaunchAgents} on macOS ({@link LaunchAgent}). Under
 * {@code DESKBREAK_HOME} the entry goes to {@code DESKBREAK_HOME/autostart} (on Windows nowhere),
 * so tests and portable copies never touch the real session.
 *
 * <p>The entry starts DeskBreak as this copy was started, start options included: the installed
 * launcher where there is one, never a jar in a build folder by default. The setting is on by
 * default, but that default writes an entry only for the installed package: a copy run from a
 * source build or a loose jar gets one only when the user turns the setting on.
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

    /** One system's login entry. */
    interface LoginEntry {
        /** Where the entry is, for the log. */
        String where();

        /** {@code chosenNow}: the user has just turned the setting on (so a choice made elsewhere may give way). */
        void write(Launch launch, boolean chosenNow) throws IOException;

        void remove() throws IOException;
    }

    private final LoginEntry entry;   // null where unsupported
    private final Path file;          // the entry's file, where it is one
    private final Launch launch;

    Autostart(LoginEntry entry, Path file, Launch launch) {
        this.entry = entry;
        this.file = file;
        this.launch = launch;
    }

    /** For this process, which was started with {@code startOptions} (such as {@code --no-tray}). */
    public static Autostart detect(List<String> startOptions) {
        Os os = Os.current();
        return detect(System.getenv(), os, Path.of(System.getProperty("user.home", ".")),
                thisLaunch(os, startOptions), os.isWindows() ? WindowsRunKey.nativeRegistry() : null);
    }

    static Autostart detect(Map<String, String> env, Os os, Path userHome, Launch launch) {
        return detect(env, os, userHome, launch, null);
    }

    /** {@code registry}: the Windows registry (a fake in tests); null elsewhere, or where it cannot be reached. */
    static Autostart detect(Map<String, String> env, Os os, Path userHome, Launch launch, WindowsRunKey.Registry registry) {
        String home = env.get(AppDirs.HOME_VARIABLE);
        Path dir;
        if (home != null && !home.isBlank()) {
            dir = Path.of(home).toAbsolutePath().resolve("autostart");
        } else if (os.isWindows()) {
            return registry == null ? new Autostart(null, null, launch)
                    : new Autostart(new WindowsRunKey(registry), null, launch);
        } else if (os.isMac()) {
            dir = userHome.resolve("Library").resolve("LaunchAgents");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
            dir = config.resolve("autostart");
        }
        if (os.isWindows()) {
            return new Autostart(null, null, launch);   // a portable copy on Windows stays out of the registry
        }
        if (os.isMac()) {
            Path plist = dir.resolve(LaunchAgent.FILE_NAME);
            return new Autostart(new LaunchAgent(plist), plist, launch);
        }
        Path desktop = dir.resolve("deskbreak.desktop");
        return new Autostart(new XdgEntry(desktop), desktop, launch);
    }

    /** The entry's file (XDG entry, LaunchAgent); empty for the registry or where unsupported. */
    public Optional<Path> entry() {
        return Optional.ofNullable(file);
    }

    /** At start: the setting as read, which may be no more than its default. */
    public void applyAtStart(boolean settingOn) {
        apply(decide(settingOn, false, launch.installed()), false);
    }

    /** The user has just turned the setting on or off (settings window, tray, or the file). */
    public void applyChosen(boolean settingOn) {
        apply(decide(settingOn, true, launch.installed()), true);
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
    private void apply(Action action, boolean chosenNow) {
        if (entry == null) {
            if (action == Action.WRITE) {
                log.info("Start at login is not supported here (a portable copy on Windows, or an unknown system)");
            }
            return;
        }
        try {
            switch (action) {
                case WRITE -> entry.write(launch, chosenNow);
                case REMOVE -> entry.remove();
                case LEAVE -> log.info("Start at login is on by default only for the installed package;"
                        + " turn it on in the settings to start this copy at login");
            }
        } catch (IOException e) {
            log.warn("Could not update the login entry ({}): {}", entry.where(), FileErrors.describe(e));
        }
    }

    /** Writes a whole file or nothing, and leaves one already right untouched. */
    static void writeAtomically(Path target, String text) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".deskbreak", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The freedesktop.org autostart entry. */
    record XdgEntry(Path file) implements LoginEntry {
        @Override
        public String where() {
            return file.toString();
        }

        @Override
        public void write(Launch launch, boolean chosenNow) throws IOException {
            writeAtomically(file, desktopFile(launch));
        }

        @Override
        public void remove() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    static String desktopFile(Launch launch) {
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
    static Launch thisLaunch(Os os, List<String> startOptions) {
        String installed = System.getProperty("jpackage.app-path");
        // The installed launcher brings its own JVM options; asking the JVM for them would start
        // its management classes (some forty, held all day) for nothing.
        List<String> jvmOptions = installed != null && !installed.isBlank() ? List.of() : jvmOptions();
        return launch(os, installed, ProcessHandle.current().info().command(), ownJar(), jvmOptions, startOptions);
    }

    static Launch launch(String installedLauncher, Optional<String> javaBinary, Optional<Path> jar,
                         List<String> jvmOptions, List<String> startOptions) {
        return launch(Os.LINUX, installedLauncher, javaBinary, jar, jvmOptions, startOptions);
    }

    /**
     * The installed launcher (jpackage names it in {@code jpackage.app-path}: DeskBreak.exe,
     * DeskBreak.app/Contents/MacOS/DeskBreak, /opt/deskbreak/bin/DeskBreak), else java with this
     * jar; on Windows javaw.exe, which opens no console window.
     */
    static Launch launch(Os os, String installedLauncher, Optional<String> javaBinary, Optional<Path> jar,
                         List<String> jvmOptions, List<String> startOptions) {
        if (installedLauncher != null && !installedLauncher.isBlank()) {
            return new Launch(desktopLauncher(os, installedLauncher), startOptions, true);
        }
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.add("-jar");
        arguments.add(jar.map(j -> j.toAbsolutePath().toString()).orElse("deskbreak.jar"));
        arguments.addAll(startOptions);
        String java = javaBinary.orElse("java");
        if (os.isWindows()) {
            java = java.replaceFirst("(?i)java(\\.exe)?$", "javaw$1");
        }
        return new Launch(java, arguments, false);
    }

    /** Started from the console launcher on Windows: the login start uses DeskBreak.exe beside it, which opens no console. */
    static String desktopLauncher(Os os, String launcher) {
        if (os.isWindows() && launcher.toLowerCase(java.util.Locale.ROOT).endsWith("\\deskbreak-cli.exe")) {
            return launcher.substring(0, launcher.length() - "deskbreak-cli.exe".length()) + "DeskBreak.exe";
        }
        return launcher;
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
