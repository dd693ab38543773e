package org.deskbreak.platform;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start at login on Windows: the value {@code DeskBreak} under
 * {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run}, the per-user list Explorer starts at
 * sign-in (no administrator rights needed). Its data is the command line: the installed
 * {@code DeskBreak.exe} in quotes, then the start options.
 *
 * <p>Task Manager's Startup tab does not delete that value when the user disables DeskBreak there:
 * it writes a binary value of the same name under
 * {@code ...\Explorer\StartupApproved\Run} whose first byte is odd (03, 07; enabled is 02 or 06).
 * That choice is kept when DeskBreak starts with its default; only when the user turns
 * <i>Start at login</i> on in DeskBreak's own settings, which is the newer choice, is it cleared.
 */
final class WindowsRunKey implements Autostart.LoginEntry {

    private static final Logger log = LoggerFactory.getLogger(WindowsRunKey.class);

    static final String RUN = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String APPROVED = "Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run";
    static final String VALUE = "DeskBreak";

    /** The few registry operations used, all under HKEY_CURRENT_USER; {@link WinRegistry} is the real one. */
    interface Registry {
        Optional<byte[]> readBinary(String key, String name) throws IOException;

        Optional<String> readString(String key, String name) throws IOException;

        void writeString(String key, String name, String value) throws IOException;

        void delete(String key, String name) throws IOException;
    }

    private final Registry registry;

    WindowsRunKey(Registry registry) {
        this.registry = registry;
    }

    /** The registry through advapi32, or null where it cannot be loaded (logged). */
    static Registry nativeRegistry() {
        try {
            return WinRegistry.load();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            log.warn("Start at login: cannot reach the registry ({})", e.getMessage());
            return null;
        }
    }

    @Override
    public String where() {
        return "HKCU\\" + RUN + "\\" + VALUE;
    }

    @Override
    public void write(Autostart.Launch launch, boolean chosenNow) throws IOException {
        String command = commandLine(launch);
        if (!registry.readString(RUN, VALUE).equals(Optional.of(command))) {
            registry.writeString(RUN, VALUE, command);
        }
        if (registry.readBinary(APPROVED, VALUE).filter(WindowsRunKey::disabled).isPresent()) {
            if (chosenNow) {
                registry.delete(APPROVED, VALUE);
            } else {
                log.info("Start at login is turned off in Task Manager's Startup tab; DeskBreak leaves it off"
                        + " until it is turned on there or in DeskBreak's settings");
            }
        }
    }

    @Override
    public void remove() throws IOException {
        registry.delete(RUN, VALUE);
    }

    /** Task Manager's mark: an odd first byte is disabled; no value, or an even one, is enabled. */
    static boolean disabled(byte[] approved) {
        return approved.length > 0 && (approved[0] & 1) == 1;
    }

    /** The command line, quoted so that CommandLineToArgvW (and so the program) reads each argument back whole. */
    static String commandLine(Autostart.Launch launch) {
        StringBuilder line = new StringBuilder(quote(launch.program(), true));
        for (String a : launch.arguments()) {
            line.append(' ').append(quote(a, false));
        }
        return line.toString();
    }

    /**
     * The program path is always quoted (an unquoted path with spaces would let Windows try
     * {@code C:\Program.exe} first). In arguments, backslashes count only before a quote: they are
     * doubled there, and a quote inside is escaped.
     */
    static String quote(String arg, boolean always) {
        if (!always && !arg.isEmpty() && arg.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return arg;
        }
        StringBuilder out = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                out.append("\\".repeat(backslashes * 2 + 1));
            } else {
                out.append("\\".repeat(backslashes));
            }
            backslashes = 0;
            out.append(c);
        }
        return out.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
