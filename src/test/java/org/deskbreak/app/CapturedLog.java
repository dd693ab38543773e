package org.deskbreak.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What one class logs, with the thread it was logged on, while open. */
public final class CapturedLog extends Handler implements AutoCloseable {

    /** A message as logged: level, text (arguments filled in), thread, and what was thrown. */
    public record Entry(Level level, String message, String thread, Throwable thrown) {
    }

    private final Logger logger;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
    }

    public static CapturedLog of(Class<?> source) {
        CapturedLog log = new CapturedLog(Logger.getLogger(source.getName()));
        log.logger.addHandler(log);
        return log;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<String> warnings() {
        return entries.stream().filter(e -> e.level() == Level.WARNING).map(Entry::message).toList();
    }

    @Override
    public void publish(LogRecord record) {
        entries.add(new Entry(record.getLevel(), new java.util.logging.SimpleFormatter().formatMessage(record),
                Thread.currentThread().getName(), record.getThrown()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
