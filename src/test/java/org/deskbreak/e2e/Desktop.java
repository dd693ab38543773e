package org.deskbreak.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real X desktop for the tests: Xvfb on a free display, openbox as window manager and trayer
 * as an XEmbed system tray, all stopped afterwards, and with this JVM if it dies first
 * ({@link Tethered}).
 */
final class Desktop implements AutoCloseable {

    static final List<String> TOOLS = List.of("Xvfb", "openbox", "trayer", "xdotool", "xwininfo", "xprop", "import", "wmctrl");

    private final List<Process> processes = new ArrayList<>();
    private final Path workDir;
    private String display;

    Desktop(Path workDir) {
        this.workDir = workDir;
    }

    /** The tools that are not on the PATH. */
    static List<String> missingTools() {
        List<String> missing = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "");
        for (String tool : TOOLS) {
            boolean found = false;
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing.add(tool);
            }
        }
        return missing;
    }

    void start() throws IOException {
        start(24);
    }

    /** With trayer's panel this many pixels high. */
    void start(int trayHeight) throws IOException {
        startWithoutTray();
        spawn("trayer", List.of("trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                "--height", Integer.toString(trayHeight), "--transparent", "false", "--SetDockType", "true"));
        Poll.until(Duration.ofSeconds(20), "trayer to own the system tray", () -> trayPanel().isPresent());
    }

    /** Xvfb and openbox only: for tests that bring their own tray host (xfce4-panel). */
    void startWithoutTray() throws IOException {
        Files.createDirectories(workDir);
        // -displayfd: Xvfb picks a free display itself and writes its number to standard output.
        Process xvfb = Tethered.builder(List.of("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"))
                .redirectError(workDir.resolve("xvfb.log").toFile()).start();
        processes.add(xvfb);
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.trim().matches("\\d+")) {
            throw new IOException("Xvfb did not say which display it took: " + number);
        }
        display = ":" + number.trim();
        startWindowManager();
    }

    /**
     * openbox, once it manages the screen. An openbox that ended before it did is started again
     * (twice at most): waiting on for one that is gone only ran out the clock, and what it said
     * before it ended goes into the failure.
     */
    private void startWindowManager() throws IOException {
        Process[] wm = {spawn("openbox", List.of("openbox"))};
        int[] restarts = {0};
        try {
            Poll.until(Duration.ofSeconds(60), "openbox to manage the screen", () -> {
                if (run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id")) {
                    return true;
                }
                if (!wm[0].isAlive() && restarts[0] < 2) {
                    restarts[0]++;
                    wm[0] = spawnQuietly("openbox", List.of("openbox"));
                }
                return false;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; openbox " + (wm[0].isAlive() ? "still runs" : "ended")
                    + " after " + restarts[0] + " restarts; it said: " + readQuietly(workDir.resolve("openbox.err")), e);
        }
    }

    private Process spawnQuietly(String name, List<String> command) {
        try {
            return spawn(name, command);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "nothing" : text;
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    String display() {
        return display;
    }

    Map<String, String> env() {
        return Map.of("DISPLAY", display);
    }

    /** Starts a program on this desktop, tied to it: it is stopped with the desktop, or with the JVM. */
    Process spawn(String name, List<String> command) throws IOException {
        return spawn(name, command, Map.of());
    }

    /** Starts a program on this display with more environment; it is stopped with the desktop, or with the JVM. */
    Process spawn(String name, List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder pb = Tethered.builder(command);
        pb.environment().putAll(env);
        pb.environment().put("DISPLAY", display);
        pb.redirectOutput(workDir.resolve(name + ".out").toFile());
        pb.redirectError(workDir.resolve(name + ".err").toFile());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Runs an X tool to its end (ten seconds at most) and returns its standard output. */
    String run(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void xdotool(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        run(command);
    }

    void click(int x, int y, int button) {
        xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y));
        xdotool("click", Integer.toString(button));
    }

    void moveTo(int x, int y) {
        xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y));
    }

    /**
     * Whether the window under the pointer is one of the given X class's, or holds one (a window
     * manager's frame around it).
     */
    boolean appWindowUnderPointer(String classFragment) {
        Matcher m = Pattern.compile("WINDOW=(\\d+)").matcher(run("xdotool", "getmouselocation", "--shell"));
        if (!m.find()) {
            return false;
        }
        String id = "0x" + Long.toHexString(Long.parseLong(m.group(1)));
        int indent = -1;
        for (String line : windowTree().lines().toList()) {
            int here = line.length() - line.stripLeading().length();
            if (indent < 0 && line.stripLeading().startsWith(id + " ")) {
                indent = here;
            } else if (indent >= 0 && here <= indent && line.stripLeading().startsWith("0x")) {
                return false;
            }
            if (indent >= 0 && line.contains(classFragment)) {
                return true;
            }
        }
        return false;
    }

    String windowTree() {
        return run("xwininfo", "-root", "-tree");
    }

    /** trayer's panel window (the tray host), as the line xwininfo prints for it. */
    Optional<String> trayPanel() {
        return windowTree().lines().filter(l -> l.contains("(\"panel\" \"trayer\")")).findFirst();
    }

    /** Windows of the given X class nested inside trayer's panel: the icons it docked. */
    List<Geometry> dockedIcons(String javaClassFragment) {
        List<Geometry> found = new ArrayList<>();
        int panelIndent = -1;
        for (String line : windowTree().lines().toList()) {
            int indent = line.length() - line.stripLeading().length();
            if (line.contains("(\"panel\" \"trayer\")")) {
                panelIndent = indent;
                continue;
            }
            if (panelIndent >= 0 && indent <= panelIndent) {
                panelIndent = -1;
            }
            if (panelIndent >= 0 && line.contains("JavaEmbeddedFrame") && line.contains(javaClassFragment)) {
                Geometry.parse(line).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The first top-level window whose name is exactly {@code name}. */
    Optional<Geometry> window(String name) {
        return windowTree().lines().filter(l -> l.contains("\"" + name + "\":")).findFirst().flatMap(Geometry::parse);
    }

    String activeWindowName() {
        return run("xdotool", "getactivewindow", "getwindowname").trim();
    }

    /**
     * Clicks into the window until it has the keyboard, as a person clicks again when the first
     * click missed: on a busy machine a window can be drawn before the window manager has put it
     * in place or before it takes clicks. Each try looks up where the window is now; from the
     * second on it also asks the window manager to activate it.
     */
    void clickToFocus(Geometry first, String title) {
        Geometry window = first;
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                window = window(title).orElse(window);
                xdotool("windowactivate", window.id());
            }
            click(window.centreX(), window.centreY(), 1);
            try {
                Poll.until(Duration.ofSeconds(3), "the window '" + title + "' to take the keyboard",
                        () -> activeWindowName().equals(title));
                return;
            } catch (AssertionError e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    void screenshot(Path file) {
        run("import", "-window", "root", file.toString());
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Tethered.stop(processes.get(i));
        }
    }

    /** A window's place on screen, from a line of {@code xwininfo -tree}. */
    record Geometry(String id, int x, int y, int width, int height) {
        private static final Pattern LINE = Pattern.compile(
                "^\\s*(0x[0-9a-f]+).*\\s(\\d+)x(\\d+)[+-]-?\\d+[+-]-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)\\s*$");

        static Optional<Geometry> parse(String line) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Geometry(m.group(1), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }

        int centreX() {
            return x + width / 2;
        }

        int centreY() {
            return y + height / 2;
        }
    }
}
