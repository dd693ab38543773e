package org.deskbreak.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real app: {@code java -jar target/deskbreak.jar} in its own JVM, with DESKBREAK_HOME in a
 * temp folder, on the test desktop. The test watches it only through the screen and its log.
 * It is {@link Tethered} to the test JVM: it never outlives it.
 */
final class DeskBreakProcess implements AutoCloseable {

    static final Duration START = Duration.ofSeconds(40);
    static final Duration SETTLE = Duration.ofMillis(400);
    /** The main class to run instead of the jar's own; empty means {@code java -jar deskbreak.jar}. */
    static final String UNTIL_WIRED = "";
    private static final Pattern LAYOUT = Pattern.compile(
            "layout (\\w+) '(.*)' at (-?\\d+),(-?\\d+) size (\\d+)x(\\d+) enabled=(true|false)");

    private final Desktop desktop;
    private final Path home;
    private final java.util.Map<String, String> env = new java.util.HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;
    private boolean safetyNotesRead = true;

    DeskBreakProcess(Desktop desktop, Path home) {
        this.desktop = desktop;
        this.home = home;
    }

    Path home() {
        return home;
    }

    Path settingsFile() {
        return home.resolve("config").resolve("deskbreak.ini");
    }

    Path logFile() {
        return home.resolve("data").resolve("logs").resolve("deskbreak.log");
    }

    /** Starts the app's JVM with this option too, such as {@code -Dsun.java2d.uiScale=2}. */
    DeskBreakProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Starts the app with this session bus (by default it has none, whatever the test JVM has). */
    DeskBreakProcess sessionBus(String address) {
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        return this;
    }

    /** Starts as on a new machine: the first routine opens on its safety notes (by default they were read). */
    DeskBreakProcess firstRoutineEver() {
        safetyNotesRead = false;
        return this;
    }

    DeskBreakProcess writeSettings(String ini) throws IOException {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile(), ini, StandardCharsets.UTF_8);
        return this;
    }

    DeskBreakProcess start(String... extraArgs) throws IOException {
        Files.createDirectories(home);
        if (safetyNotesRead) {
            Files.createDirectories(home.resolve("data"));
            Files.writeString(home.resolve("data").resolve("routine-safety-read"), "read\n");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("installer", "jvm.options").toAbsolutePath(),
                "-Ddeskbreak.timeScale=0.05",
                "-Ddeskbreak.loglevel=DEBUG",
                "-Ddeskbreak.logdir=" + logFile().getParent()));
        command.addAll(jvmOptions);
        command.addAll(launch());
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = Tethered.builder(command);
        pb.environment().put("DISPLAY", desktop.display());
        pb.environment().put("DESKBREAK_HOME", home.toString());
        // The tray backend depends on the session bus: none unless the test gives one, so a
        // desktop session around the test run cannot change which tray the app picks.
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        pb.environment().remove("XDG_RUNTIME_DIR");
        pb.environment().putAll(env);
        pb.redirectOutput(home.resolve("stdout.txt").toFile());
        pb.redirectError(home.resolve("stderr.txt").toFile());
        process = pb.start();
        return this;
    }

    /**
     * {@code -jar deskbreak.jar}; {@code -Ddeskbreak.e2e.mainClass=...} runs another main class from
     * the jar and the test classes instead (trying the desktop side with stand-in parts).
     */
    static List<String> launch() {
        String jar = System.getProperty("deskbreak.jar");
        String main = System.getProperty("deskbreak.e2e.mainClass", UNTIL_WIRED);
        if (main == null || main.isBlank()) {
            return List.of("-jar", jar);
        }
        Path testClasses = Path.of(jar).toAbsolutePath().getParent().resolve("test-classes");
        return List.of("-cp", jar + java.io.File.pathSeparator + testClasses, main);
    }

    /** Runs {@code deskbreak ARGS} against this app, as a person would in a terminal; its output. */
    String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("deskbreak.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DESKBREAK_HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("deskbreak " + String.join(" ", args) + " did not return");
        }
        return out;
    }

    String log() {
        return read(logFile());
    }

    /** A file the app writes, as it is now; empty while it does not exist. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits for a log line containing {@code text}, after the {@code skip}-th such line. */
    void awaitLog(String text, int occurrence, Duration timeout) {
        Poll.until(timeout, "log line '" + text + "' #" + occurrence + " in " + logFile(),
                () -> count(log(), text) >= occurrence);
        }

    int logCount(String text) {
        return count(log(), text);
    }

    void awaitDocked() {
        Poll.until(START, "the tray icon to dock in trayer", () -> !desktop.dockedIcons("org-deskbreak").isEmpty());
    }

    Desktop.Geometry trayIcon() {
        return Poll.until(START, "the tray icon", () -> desktop.dockedIcons("org-deskbreak").stream().findFirst());
    }

    /** Where the app last said a button or menu item with this label is (debug layout log). */
    Optional<Button> lastButton(String what, String label) {
        Button found = null;
        Matcher m = LAYOUT.matcher(log());
        while (m.find()) {
            if (m.group(1).equals(what) && m.group(2).equals(label)) {
                found = new Button(m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Boolean.parseBoolean(m.group(7)));
            }
        }
        return Optional.ofNullable(found);
    }

    /** Waits for the layout line of a freshly shown item (the {@code n}-th time it was laid out). */
    Button awaitButton(String what, String label, int occurrence) {
        String needle = "layout " + what + " '" + label + "'";
        awaitLog(needle, occurrence, Duration.ofSeconds(15));
        // A popup may be laid out twice while the window manager maps it: click once it is settled.
        int[] seen = {logCount(needle)};
        long[] since = {System.nanoTime()};
        Poll.until(Duration.ofSeconds(10), "the layout of '" + label + "' to settle", () -> {
            int now = logCount(needle);
            if (now != seen[0]) {
                seen[0] = now;
                since[0] = System.nanoTime();
            }
            return System.nanoTime() - since[0] > SETTLE.toNanos();
        });
        return lastButton(what, label).orElseThrow();
    }

    /**
     * Right-clicks the docked icon and waits for the menu item to be on screen. A click that
     * lands while the tray is still busy with the previous popup (no menu, or one laid out that
     * never reaches the screen) is repeated, as a person would.
     */
    Button openMenuAndFind(String label) {
        String needle = "layout menu '" + label + "'";
        for (int attempt = 1; ; attempt++) {
            int before = logCount(needle);
            Desktop.Geometry icon = trayIcon();
            desktop.click(icon.centreX(), icon.centreY(), 3);
            try {
                awaitLog(needle, before + 1, Duration.ofSeconds(4));
                Button item = awaitButton("menu", label, before + 1);
                pointAt(item, Duration.ofSeconds(4));
                return item;
            } catch (AssertionError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void click(Button b) {
        pointAt(b);
        desktop.xdotool("click", "1");
    }

    void hover(Button b) {
        pointAt(b);
    }

    /**
     * Puts the pointer on the button once one of the app's windows is what the X server shows
     * there. A popup is laid out before it is mapped; a click or hover that reaches the screen
     * before it is lands on whatever was underneath and is lost.
     */
    private void pointAt(Button b) {
        pointAt(b, Duration.ofSeconds(10));
    }

    private void pointAt(Button b, Duration timeout) {
        Poll.until(timeout, "an app window on screen under '" + b.label() + "'", () -> {
            desktop.moveTo(b.centreX(), b.centreY());
            return desktop.appWindowUnderPointer("org-deskbreak");
        });
    }

    String stderr() throws IOException {
        return Files.readString(home.resolve("stderr.txt"));
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        if (process != null) {
            Tethered.stop(process);
        }
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    record Button(String label, int x, int y, int width, int height, boolean enabled) {
        int centreX() {
            return x + width / 2;
        }

        int centreY() {
            return y + height / 2;
        }
    }
}
