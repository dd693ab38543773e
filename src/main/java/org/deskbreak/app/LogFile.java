package org.deskbreak.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * deskbreak.log in the data folder, written by the JDK's own logging behind SLF4J: one line per
 * message ({@code 2026-12-02 09:15:00.123 INFO  [main] o.d.app.DesktopApp - text}), rolled over at
 * {@value #MAX_BYTES} bytes into deskbreak.1.log … deskbreak.{@value #KEEP}.log. Set up in code:
 * the JDK's logging classes are part of the runtime, where a logging library and its XML
 * configuration cost hundreds of classes of the app's own memory at every start.
 */
public final class LogFile extends Handler {

    static final String NAME = "deskbreak.log";
    static final long MAX_BYTES = 1024 * 1024;
    static final int KEEP = 3;
    /** Chatty libraries: Quartz, and dbus-java, which logs every message at DEBUG and every failed probe at INFO. */
    private static final List<String> QUIETER = List.of("org.quartz", "org.freedesktop.dbus");
    /** Our D-Bus objects log through dbus-java's names for them; they keep the app's level. */
    private static final List<String> OURS_UNDER_DBUS = List.of(
            "org.deskbreak.tray.sni.StatusNotifierItem", "org.deskbreak.tray.sni.DBusMenu");
    /** JUL keeps loggers only weakly: the configured ones are held here, or their levels are forgotten. */
    private static final List<Logger> CONFIGURED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Path dir;
    private final long maxBytes;
    private OutputStream out;
    private long size;

    LogFile(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        setFormatter(new LineFormat(ZoneId.systemDefault()));
        setLevel(Level.ALL);
    }

    /**
     * Sends everything logged in this JVM to {@code dir/deskbreak.log}.
     *
     * @param level INFO, DEBUG, TRACE, WARN or ERROR (as logback spelt them); anything else is INFO
     */
    public static void install(Path dir, String level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        Level appLevel = level(level);
        // A finer level is for DeskBreak's own loggers only: the JDK's own (AWT's X11 peers, focus,
        // mixing) log through this same tree, and at DEBUG they fill a megabyte a minute.
        root.setLevel(appLevel.intValue() < Level.INFO.intValue() ? Level.INFO : appLevel);
        root.addHandler(new LogFile(dir, MAX_BYTES));
        CONFIGURED.clear();
        CONFIGURED.add(root);
        configure("org.deskbreak", appLevel);
        for (String name : QUIETER) {
            configure(name, Level.WARNING);
        }
        for (String name : OURS_UNDER_DBUS) {
            configure(name, appLevel);
        }
    }

    private static void configure(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        CONFIGURED.add(logger);
    }

    static Level level(String name) {
        return switch (name == null ? "" : name.trim().toUpperCase(Locale.ROOT)) {
            case "TRACE", "ALL" -> Level.FINEST;
            case "DEBUG" -> Level.FINE;
            case "WARN", "WARNING" -> Level.WARNING;
            case "ERROR", "OFF" -> Level.SEVERE;
            default -> Level.INFO;
        };
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] line;
        try {
            line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError("could not format a log message", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            if (out != null && size + line.length > maxBytes && size > 0) {
                roll();
            }
            if (out == null) {
                open();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException e) {
            reportError("could not write " + dir.resolve(NAME), e, ErrorManager.WRITE_FAILURE);
            closeQuietly();
        }
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(NAME);
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    /** deskbreak.log becomes deskbreak.1.log, .1 becomes .2 and so on; the oldest goes. */
    private void roll() throws IOException {
        closeQuietly();
        Files.deleteIfExists(rolled(KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            if (Files.exists(rolled(i))) {
                Files.move(rolled(i), rolled(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(dir.resolve(NAME), rolled(1), StandardCopyOption.REPLACE_EXISTING);
    }

    Path rolled(int index) {
        return dir.resolve("deskbreak." + index + ".log");
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError("could not flush the log", e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // nothing left to tell it to
        } finally {
            out = null;
        }
    }

    /** {@code date level [thread] logger - message}, then the stack trace, as the log always looked. */
    static final class LineFormat extends Formatter {
        private static final int LOGGER_WIDTH = 30;
        private final DateTimeFormatter time;

        LineFormat(ZoneId zone) {
            time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(zone);
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(time.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(String.format(Locale.ROOT, "%-5s", levelName(record.getLevel())))
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(abbreviate(record.getLoggerName() == null ? "" : record.getLoggerName(), LOGGER_WIDTH))
                    .append(" - ").append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        static String levelName(Level level) {
            int v = level.intValue();
            if (v >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (v >= Level.WARNING.intValue()) {
                return "WARN";
            }
            if (v >= Level.INFO.intValue()) {
                return "INFO";
            }
            return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }

        /** Leading package names cut to their first letter until the name fits: o.d.tray.sni.SniTray. */
        static String abbreviate(String name, int width) {
            if (name.length() <= width) {
                return name;
            }
            String[] parts = name.split("\\.");
            int length = name.length();
            for (int i = 0; i < parts.length - 1 && length > width; i++) {
                length -= parts[i].length() - 1;
                parts[i] = parts[i].substring(0, Math.min(1, parts[i].length()));
            }
            return String.join(".", parts);
        }
    }
}
