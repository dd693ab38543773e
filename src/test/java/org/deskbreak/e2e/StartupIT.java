package org.deskbreak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Starting in bad conditions: a broken settings file, no display at all. */
@ExtendWith(DesktopExtension.class)
class StartupIT {

    static final String BROKEN = "[deskbreak\ninterval_minutes = = soon\n\u0000\u0001 not an ini file {{{\n";

    @Test
    void anUnparseableSettingsFileStillStartsAndDocksAndTheFileIsKept(Desktop desktop, Path dir) throws IOException {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("broken")).writeSettings(BROKEN).start()) {
            app.awaitDocked();

            assertThat(desktop.dockedIcons("org-deskbreak")).hasSize(1);
            app.awaitLog("told the user", 1, java.time.Duration.ofSeconds(15));

            assertThat(filesHolding(app.settingsFile().getParent(), BROKEN))
                    .as("the broken file is kept beside the new one")
                    .singleElement().satisfies(kept -> assertThat(kept.getFileName().toString())
                            .startsWith("deskbreak.ini.broken-"));
            assertThat(app.settingsFile()).content(StandardCharsets.UTF_8).contains("interval_minutes = 45");
        }
    }

    @Test
    void aSecondStartHandsOverToTheRunningAppAndNoSecondIconAppears(Desktop desktop, Path dir) throws Exception {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("twice")).start()) {
            app.awaitDocked();
            int popupsBefore = app.logCount("layout status ");

            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(DeskBreakProcess.launch());
            ProcessBuilder pb = Tethered.builder(command);
            pb.environment().put("DISPLAY", desktop.display());
            pb.environment().put("DESKBREAK_HOME", app.home().toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(app.home().resolve("second.txt").toFile());
            Process second = pb.start();

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second start returns").isTrue();
            assertThat(second.exitValue()).isZero();
            Poll.until(java.time.Duration.ofSeconds(15), "the running app to open its status popup",
                    () -> app.logCount("layout status ") > popupsBefore);
            assertThat(desktop.dockedIcons("org-deskbreak")).hasSize(1);
        }
    }

    @Test
    void withNoTrayAStatusWindowTakesTheIconsPlaceAndSaysWhy(Desktop desktop, Path dir) throws IOException {
        try (DeskBreakProcess app = new DeskBreakProcess(desktop, dir.resolve("notray")).start("--no-tray")) {
            Desktop.Geometry window = Poll.until(DeskBreakProcess.START, "the status window",
                    () -> desktop.window("DeskBreak").filter(g -> g.width() > 200));
            DeskBreakProcess.Button start = app.awaitButton("status", "Start now", 1);

            assertThat(window.width()).isGreaterThan(200);
            assertThat(start.enabled()).isTrue();
            assertThat(desktop.dockedIcons("org-deskbreak")).isEmpty();
            assertThat(app.log()).contains("status window shown");

            // With no tray menu, the window offers what the menu would: statistics among them.
            app.click(app.awaitButton("status", "Statistics\u2026", 1));
            Poll.until(java.time.Duration.ofSeconds(10), "the statistics window",
                    () -> desktop.window("DeskBreak statistics"));
        }
    }

    @Test
    void withoutADisplayItSaysSoInOneLineAndExitsWithTwo(Path dir) throws Exception {
        assertSaysNoDisplayInOneLineAndExitsWithTwo(dir.resolve("nodisplay"), null);
    }

    @Test
    void aDisplayThatPointsNowhereIsTreatedAsNoDisplay(Path dir) throws Exception {
        String nowhere = ":9999";
        assertThat(Path.of("/tmp/.X11-unix/X9999")).as("nothing listens on " + nowhere).doesNotExist();

        assertSaysNoDisplayInOneLineAndExitsWithTwo(dir.resolve("nowhere"), nowhere);
    }

    private static void assertSaysNoDisplayInOneLineAndExitsWithTwo(Path dir, String display) throws Exception {
        Path home = Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddeskbreak.logdir=" + home.resolve("logs")));
        command.addAll(DeskBreakProcess.launch());
        ProcessBuilder pb = Tethered.builder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        pb.environment().put("DESKBREAK_HOME", home.toString());
        pb.redirectOutput(home.resolve("out.txt").toFile());
        pb.redirectError(home.resolve("err.txt").toFile());
        Process p = pb.start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).contains("display").doesNotContain("Exception").doesNotContain("Error");
    }

    private static List<Path> filesHolding(Path dir, String content) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).equals(content);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }
}
