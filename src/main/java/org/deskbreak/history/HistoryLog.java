package org.deskbreak.history;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.core.PlannerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every outcome the planner records, one line each in {@code history.csv} in the data folder:
 * {@code KIND,START,END} with ISO instants (END empty when open-ended). Appending one short line
 * is the whole write, so a crash can at worst leave a torn last line, which reading skips.
 */
public final class HistoryLog implements PlannerListener {

    /** Reading looks at the newest part of the file only: enough for months of breaks. */
    static final int READ_LIMIT_BYTES = 4 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HistoryLog.class);

    private final Path file;

    public HistoryLog(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    @Override
    public void recorded(BreakEvent event) {
        append(event);
    }

    public synchronized void append(BreakEvent event) {
        String line = format(event) + "\n";
        try {
            Files.createDirectories(file.getParent());
            if (endsTorn()) {
                line = "\n" + line;  // a crash cut the last line short: do not glue ours onto it
            }
            Files.writeString(file, line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // History is a record, not a reason to stop reminding: log and go on.
            log.warn("Could not append to {}: {}", file, e.toString());
        }
    }

    private boolean endsTorn() throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length == 0) {
                return false;
            }
            raf.seek(length - 1);
            return raf.read() != '\n';
        }
    }

    /** The recorded events, oldest first; unreadable lines are skipped. */
    public synchronized List<BreakEvent> read() {
        List<BreakEvent> events = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return events;
        }
        String text;
        try {
            text = readTail();
        } catch (IOException e) {
            log.warn("Could not read {}: {}", file, e.toString());
            return events;
        }
        int skipped = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            Optional<BreakEvent> e = parse(line);
            if (e.isPresent()) {
                events.add(e.get());
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            log.info("Skipped {} unreadable line(s) in {}", skipped, file);
        }
        return events;
    }

    private String readTail() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - READ_LIMIT_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Starting mid-file: drop the partial first line.
            return from == 0 ? text : text.substring(text.indexOf('\n') + 1);
        }
    }

    static String format(BreakEvent e) {
        return e.kind().name() + "," + e.start() + "," + e.end().map(Instant::toString).orElse("");
    }

    static Optional<BreakEvent> parse(String line) {
        String[] parts = line.split(",", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            EventKind kind = EventKind.valueOf(parts[0].trim());
            Instant start = Instant.parse(parts[1].trim());
            Instant end = parts[2].isBlank() ? null : Instant.parse(parts[2].trim());
            return Optional.of(BreakEvent.of(kind, start, end));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
