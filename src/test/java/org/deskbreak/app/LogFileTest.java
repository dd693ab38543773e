package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deskbreak.log: the lines it always had, rolled over so it never grows without end. */
class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void aLineHasTimeLevelThreadLoggerAndMessage() {
        LogRecord r = new LogRecord(Level.WARNING, "could not save 4711");
        r.setMillis(1_764_000_000_123L);
        r.setLoggerName("org.deskbreak.settings.IniSettingsStore");

        String line = new LogFile.LineFormat(ZoneOffset.UTC).format(r);

        assertThat(line).isEqualTo("2025-11-24 16:00:00.123 WARN  [" + Thread.currentThread().getName()
                + "] o.d.settings.IniSettingsStore - could not save 4711" + System.lineSeparator());
    }

    @Test
    void debugAndTraceKeepTheirNames() {
        assertThat(LogFile.LineFormat.levelName(LogFile.level("DEBUG"))).isEqualTo("DEBUG");
        assertThat(LogFile.LineFormat.levelName(LogFile.level("trace"))).isEqualTo("TRACE");
        assertThat(LogFile.LineFormat.levelName(Level.SEVERE)).isEqualTo("ERROR");
        assertThat(LogFile.level("nonsense")).isEqualTo(Level.INFO);
    }

    @Test
    void aThrowableIsWrittenWithItsStackTrace() {
        LogRecord r = new LogRecord(Level.SEVERE, "Uncaught on thread w");
        r.setLoggerName("x");
        r.setThrown(new IllegalStateException("broken 0815"));

        assertThat(new LogFile.LineFormat(ZoneOffset.UTC).format(r))
                .contains("ERROR [").contains("java.lang.IllegalStateException: broken 0815")
                .contains("at org.deskbreak.app.LogFileTest");
    }

    @Test
    void aFullFileRollsOverAndOnlyThreeOldOnesAreKept() throws Exception {
        LogFile file = new LogFile(dir, 1000);
        for (int i = 0; i < 200; i++) {
            LogRecord r = new LogRecord(Level.INFO, "message number " + i);
            r.setLoggerName("org.deskbreak.app.DesktopApp");
            file.publish(r);
        }
        file.close();

        assertThat(Files.size(dir.resolve("deskbreak.log"))).isLessThanOrEqualTo(1000);
        assertThat(Files.readString(dir.resolve("deskbreak.log"), StandardCharsets.UTF_8)).contains("message number 199");
        assertThat(Files.readString(file.rolled(1), StandardCharsets.UTF_8)).doesNotContain("message number 199");
        assertThat(file.rolled(3)).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("deskbreak.log", "deskbreak.1.log", "deskbreak.2.log", "deskbreak.3.log");
        }
    }

    @Test
    void whatTheAppLogsThroughSlf4jReachesTheFileAndQuartzChatterDoesNot() throws Exception {
        LogFile.install(dir, "INFO");
        try {
            org.slf4j.LoggerFactory.getLogger("org.deskbreak.app.SomeWiring").info("wired in {} ms", 4711);
            org.slf4j.LoggerFactory.getLogger("org.quartz.core.QuartzScheduler").info("Quartz says hello");
            org.slf4j.LoggerFactory.getLogger("org.deskbreak.app.SomeWiring").debug("not at INFO");
        } finally {
            for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
                h.close();
            }
            java.util.logging.LogManager.getLogManager().readConfiguration();
        }

        String log = Files.readString(dir.resolve("deskbreak.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [").contains("org.deskbreak.app.SomeWiring - wired in 4711 ms")
                .doesNotContain("Quartz says hello").doesNotContain("not at INFO");
    }

    @Test
    void debugIsForDeskBreaksOwnLoggersNotForTheJdksToolkitChatter() throws Exception {
        LogFile.install(dir, "DEBUG");
        try {
            org.slf4j.LoggerFactory.getLogger("org.deskbreak.ui.LayoutLog").debug("layout menu 'Start'");
            // AWT's X11 peers log through the JDK's platform loggers, which end in the same tree.
            System.getLogger("sun.awt.X11.XWindowPeer").log(System.Logger.Level.DEBUG, "Setting visible on a peer");
            System.getLogger("sun.awt.X11.XWindowPeer").log(System.Logger.Level.WARNING, "a toolkit warning");
        } finally {
            for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
                h.close();
            }
            java.util.logging.LogManager.getLogManager().readConfiguration();
        }

        String log = Files.readString(dir.resolve("deskbreak.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("layout menu 'Start'").contains("a toolkit warning")
                .doesNotContain("Setting visible on a peer");
    }
}
