package org.deskbreak.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.core.PlannerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every outcome the planner records, one line each in {@code history.csv} in the data folder:
 * {@code KIND,START,END} with ISO instants (END empty when open-ended). Appending one short line
 * is the whole write, so a crash can at worst leave a torn last line, which reading skips.
 *
 * <p>Only a plain file is read or appended to, never through a symbolic link: a FIFO planted
 * there would block the open, a link would send our lines (or our reads) somewhere else. A line
 * is kept or skipped; nothing in it can stop the app.
 */
public final class HistoryLog {

    /** Reading looks at the newest part of the file only: enough for months of breaks. */
    static final int READ_LIMIT_BYTES = 4 * 1024 * 1024;

    /**
     * Instants a line may carry. Anything outside is a damaged or planted line: far enough from
     * the limits of the time types that every zone converts it to a date without overflowing.
     */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(HistoryLog.class);
    private static final Set<OpenOption> CREATE = Set.of(
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> APPEND = Set.of(
            StandardOpenOption.APPEND, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

    private final Path file;

    public HistoryLog(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /**
     * The planner's listener for this file. It runs inside the planner's lock, so it only hands
     * each event to {@code fileWork}, which must run them one at a time in order.
     */
    public PlannerListener recorder(Executor fileWork) {
        Objects.requireNonNull(fileWork, "fileWork");
        return new PlannerListener() {
            @Override
            public void recorded(BreakEvent event) {
                fileWork.execute(() -> append(event));
            }
        };
    }

    /** Writes one line at the end. File work: never on the event thread or inside the planner's lock. */
    public synchronized void append(BreakEvent event) {
        String line = format(event) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Optional<BasicFileAttributes> existing = attributes();
            if (existing.isPresent() && !existing.get().isRegularFile()) {
                log.warn("Not recorded in {}: it is {}, not a plain file", file, describe(existing.get()));
                return;
            }
            if (existing.isPresent() && endsTorn()) {
                line = "\n" + line;  // a crash cut the last line short: do not glue ours onto it
            }
            // A new file is created exclusively (never through a link); an existing one is opened
            // without following one.
            try (SeekableByteChannel out = Files.newByteChannel(file, existing.isPresent() ? APPEND : CREATE)) {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // History is a record, not a reason to stop reminding: log and go on.
            log.warn("Could not append to {}: {}", file, e.toString());
        }
    }

    private boolean endsTorn() throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long length = in.size();
            if (length == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            in.position(length - 1);
            return in.read(last) == 1 && last.get(0) != '\n';
        }
    }

    /** The recorded events, oldest first; unreadable lines are skipped. File work. */
    public synchronized List<BreakEvent> read() {
        List<BreakEvent> events = new ArrayList<>();
        String text;
        try {
            Optional<BasicFileAttributes> attrs = attributes();
            if (attrs.isEmpty()) {
                return events;
            }
            if (!attrs.get().isRegularFile()) {
                log.warn("Not reading {}: it is {}, not a plain file", file, describe(attrs.get()));
                return events;
            }
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

    private Optional<BasicFileAttributes> attributes() throws IOException {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static String describe(BasicFileAttributes a) {
        return a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a folder" : "a special file (a FIFO or device)";
    }

    private String readTail() throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long length = in.size();
            long from = Math.max(0, length - READ_LIMIT_BYTES);
            ByteBuffer bytes = ByteBuffer.allocate((int) (length - from));
            in.position(from);
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // a file cut short while we read simply gives fewer bytes
            }
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
            // Starting mid-file: drop the partial first line.
            return from == 0 ? text : text.substring(text.indexOf('\n') + 1);
        }
    }

    static String format(BreakEvent e) {
        return e.kind().name() + "," + e.start() + "," + e.end().map(Instant::toString).orElse("");
    }

    /** One line, or nothing when any part of it is unreadable or out of range. Never throws. */
    static Optional<BreakEvent> parse(String line) {
        String[] parts = line.split(",", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            EventKind kind = EventKind.valueOf(parts[0].trim());
            Instant start = Instant.parse(parts[1].trim());
            Instant end = parts[2].isBlank() ? null : Instant.parse(parts[2].trim());
            if (!plausible(start) || (end != null && !plausible(end))) {
                return Optional.empty();
            }
            return Optional.of(BreakEvent.of(kind, start, end));
        } catch (RuntimeException e) {
            // Whatever a damaged line makes the parsers throw, it is one line skipped.
            return Optional.empty();
        }
    }

    static boolean plausible(Instant t) {
        return !t.isBefore(EARLIEST) && t.isBefore(LATEST);
    }
}
