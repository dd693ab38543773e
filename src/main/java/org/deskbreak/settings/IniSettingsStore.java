package org.deskbreak.settings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsChange;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.platform.AppDirs;
import org.ini4j.Ini;
import org.ini4j.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings kept in deskbreak.ini, a file people may edit by hand. The file is exposed as
 * {@link Preferences} (one node per section) through ini4j; the typed {@link Settings} are read
 * from those nodes, literally (no ini4j references). Comments, empty sections and keys DeskBreak
 * does not know survive its saves. An app save re-reads the file first and writes only what it
 * changed onto what is there, so a hand edit the file watch has not delivered yet is kept, and a
 * file it cannot read is kept aside before it is replaced. All methods are thread-safe.
 */
public final class IniSettingsStore implements SettingsStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IniSettingsStore.class);
    /** Editors save in bursts (write, rename, touch); one reload per burst is enough. */
    private static final long DEBOUNCE_MILLIS = 150;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final AtomicFile writer;
    private final Object lock = new Object();
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SettingsProblem>> problemListeners = new CopyOnWriteArrayList<>();

    private Ini ini;
    private Preferences preferences;
    private String trailer = "";
    private byte[] lastSeenBytes;
    private Settings current;
    private boolean fileUnusable;
    /** A save failed: memory holds settings the file does not, written at the next save. */
    private boolean unsaved;
    private volatile SettingsProblem problem;
    private List<String> lastBadKeys = List.of();

    private WatchService watchService;
    private Thread watcher;

    public IniSettingsStore(Path file, Clock clock) {
        this(file, clock, AtomicFile.REAL);
    }

    IniSettingsStore(Path file, Clock clock, AtomicFile writer) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public static IniSettingsStore of(AppDirs dirs, Clock clock) {
        return new IniSettingsStore(dirs.settingsFile(), clock);
    }

    public Path file() {
        return file;
    }

    @Override
    public Settings load() {
        synchronized (lock) {
            problem = null;
            fileUnusable = false;
            unsaved = false;
            AtomicFile.removeLeftovers(file);
            try {
                useParsed(SettingsFileReader.read(file));
                return current;
            } catch (NoSuchFileException e) {
                LOG.info("No settings file yet; writing one with the defaults at {}", file);
            } catch (SettingsFileReader.BrokenFileException e) {
                setAside(e.getMessage());
            }
            startFresh();
            return current;
        }
    }

    /** Why the file could not be used at the last load, to tell the user once; empty when it was fine. */
    public Optional<SettingsProblem> lastProblem() {
        return Optional.ofNullable(problem);
    }

    /** Keys ("section.key") whose values were unusable at the last read and fell back to defaults. */
    public List<String> lastBadKeys() {
        synchronized (lock) {
            return lastBadKeys;
        }
    }

    /**
     * The file as preferences: {@code preferences().node("reminders").get("interval_minutes", …)}.
     * Values put here are kept in memory until {@link #saveFile()} or {@link #save(Settings)}
     * (ini4j's own flush writes nothing).
     */
    public Preferences preferences() {
        synchronized (lock) {
            ensureLoaded();
            return preferences;
        }
    }

    /** The settings in force, as last read from or saved to the file; does not touch the file. */
    @Override
    public Settings current() {
        synchronized (lock) {
            ensureLoaded();
            return current;
        }
    }

    /** Saves the fields where {@code settings} differs from {@link #current()}, onto what the file holds now. */
    @Override
    public void save(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        synchronized (lock) {
            update(SettingsChange.between(current(), settings));
        }
    }

    /**
     * Re-reads the file, applies {@code change} to the settings found there and writes only the
     * keys whose values changed. A file that cannot be read is kept aside as
     * {@code deskbreak.ini.broken-<time>} first, and the problem listeners are told.
     *
     * @throws SettingsNotSaved when the file cannot be written; the store keeps the new settings in memory
     */
    @Override
    public Settings update(UnaryOperator<Settings> change) {
        Objects.requireNonNull(change, "change");
        SettingsProblem told = null;
        Settings next;
        synchronized (lock) {
            ensureLoaded();
            Optional<String> unreadable = catchUp();
            Settings base = current;
            next = Objects.requireNonNull(change.apply(base), "the changed settings");
            if (next.equals(base) && !unsaved) {
                return next;  // nothing to write; an unreadable hand edit stays for the user to finish
            }
            List<String> written = SettingsKeys.changedKeys(base, next);
            SettingsKeys.write(base, next, preferences);
            current = next;
            lastBadKeys = lastBadKeys.stream().filter(k -> !written.contains(k)).toList();
            unsaved = true;
            if (unreadable.isPresent()) {
                told = keepAsideBeforeSaving(unreadable.get());
            }
            try {
                saveFile();
            } finally {
                announce(told);
            }
        }
        return next;
    }

    /** Tells {@code listener} when a file DeskBreak could not read was kept aside while running. */
    public void onProblem(Consumer<SettingsProblem> listener) {
        problemListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Writes the preferences as they are now, atomically. */
    public void saveFile() {
        synchronized (lock) {
            ensureLoaded();
            if (fileUnusable) {
                LOG.warn("Not saving settings: the unreadable file at {} could not be moved aside", file);
                throw new SettingsNotSaved(notSaved("the unreadable file there could not be moved aside"), current, null);
            }
            byte[] bytes = serialize();
            try {
                writer.write(file, bytes);
                lastSeenBytes = bytes;
                unsaved = false;
            } catch (IOException e) {
                unsaved = true;
                LOG.warn("Cannot save settings to {}", file, e);
                throw new SettingsNotSaved(notSaved(reasonFor(e)), current, e);
            }
        }
    }

    private String notSaved(String reason) {
        return "Could not save " + file.getFileName() + ": " + reason;
    }

    /** The cause of a failed write in a few words a user can act on. */
    private String reasonFor(IOException e) {
        if (e instanceof AtomicFile.FolderRefused) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "not allowed to write in " + file.getParent();
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on device";
        }
        if (lower.contains("quota")) {
            return "disk quota exceeded";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("permission denied")) {
            return "not allowed to write in " + file.getParent();
        }
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }

    /**
     * Brings in what the file holds now, under the lock, before a save: an edit the file watch
     * has not delivered yet becomes the base of the change. Returns why the file cannot be read,
     * when it cannot; the settings in memory are then the base.
     */
    private Optional<String> catchUp() {
        SettingsFileReader.Parsed parsed;
        try {
            parsed = SettingsFileReader.read(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();  // deleted: the save writes it again from memory
        } catch (SettingsFileReader.BrokenFileException e) {
            return Optional.of(e.getMessage());
        }
        if (!Arrays.equals(parsed.bytes(), lastSeenBytes)) {
            lastSeenBytes = parsed.bytes();
            takeOver(parsed);
            readSettings();
            unsaved = false;  // the hand edit is newer than anything memory failed to save
        }
        return Optional.empty();
    }

    /** Keeps the unreadable hand edit beside the file before the save replaces it; the user hears of it once. */
    private SettingsProblem keepAsideBeforeSaving(String reason) {
        Path kept = brokenCopyName();
        try {
            Files.move(file, kept);
        } catch (IOException e) {
            LOG.warn("Settings file {} cannot be read ({}) nor moved aside; not saving over it", file, reason, e);
            throw new SettingsNotSaved(notSaved("the file there cannot be read and could not be moved aside"),
                    current, e);
        }
        LOG.warn("Settings file {} cannot be read ({}); kept it as {} before saving", file, reason, kept);
        problem = SettingsProblem.whileRunning(reason, kept);
        return problem;
    }

    private void announce(SettingsProblem told) {
        if (told != null) {
            problemListeners.forEach(l -> l.accept(told));
        }
    }

    @Override
    public void onExternalChange(Consumer<Settings> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        startWatching();
    }

    /** Stops watching the file. */
    @Override
    public void close() {
        Thread thread;
        synchronized (lock) {
            thread = watcher;
            watcher = null;
            if (watchService != null) {
                try {
                    watchService.close();
                } catch (IOException e) {
                    LOG.debug("Closing the settings watch", e);
                }
                watchService = null;
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void ensureLoaded() {
        if (ini == null) {
            load();
        }
    }

    /** Keeps the preferences tree of an earlier load, so listeners on it stay attached. */
    private void useParsed(SettingsFileReader.Parsed parsed) {
        if (preferences == null) {
            ini = parsed.ini();
            trailer = parsed.trailer();
            preferences = new LiteralIniPreferences(ini);
        } else {
            takeOver(parsed);
        }
        lastSeenBytes = parsed.bytes();
        readSettings();
    }

    private void readSettings() {
        SettingsKeys.Reading reading = SettingsKeys.read(preferences);
        current = reading.settings();
        lastBadKeys = reading.badKeys();
        if (!lastBadKeys.isEmpty()) {
            LOG.warn("Settings file {}: unusable values for {}; using the defaults for these", file,
                    String.join(", ", lastBadKeys));
        }
    }

    private void startFresh() {
        ini = SettingsFileReader.emptyIni();
        ini.setComment(SettingsKeys.HEADER);
        trailer = "";
        preferences = new LiteralIniPreferences(ini);
        SettingsKeys.write(Defaults.SETTINGS, preferences);
        current = Defaults.SETTINGS;
        lastBadKeys = List.of();
        try {
            saveFile();
        } catch (SettingsNotSaved e) {
            LOG.warn("Cannot write a fresh settings file at {}: {}", file, e.getMessage());
        }
    }

    /** Moves the unusable file beside itself, never deleting it, and remembers to tell the user. */
    private void setAside(String reason) {
        Path kept = brokenCopyName();
        try {
            Files.move(file, kept);
            LOG.warn("Settings file {} cannot be used ({}); kept it as {} and started with defaults", file, reason, kept);
            problem = new SettingsProblem(reason, Optional.of(kept));
        } catch (IOException e) {
            LOG.warn("Settings file {} cannot be used ({}) nor moved aside; leaving it untouched", file, reason, e);
            problem = new SettingsProblem(reason, Optional.empty());
            fileUnusable = true;
        }
    }

    private Path brokenCopyName() {
        String base = file.getFileName() + ".broken-" + STAMP.format(clock.instant());
        Path candidate = file.resolveSibling(base);
        for (int n = 1; Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    private byte[] serialize() {
        StringWriter out = new StringWriter();
        try {
            ini.store(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail
        }
        return (out + trailer).getBytes(StandardCharsets.UTF_8);
    }

    // ---- watching the file for hand edits

    private void startWatching() {
        synchronized (lock) {
            if (watcher != null) {
                return;
            }
            try {
                ensureLoaded();
                AtomicFile.createPrivateFolder(file.getParent());
                watchService = file.getFileSystem().newWatchService();
                file.getParent().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException e) {
                LOG.warn("Cannot watch {} for changes; hand edits apply at the next start", file, e);
                return;
            }
            WatchService service = watchService;
            watcher = new Thread(() -> watch(service), "settings-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void watch(WatchService service) {
        try {
            while (true) {
                boolean relevant = isAboutOurFile(service.take());
                // Collect the rest of the burst; poll with a timeout blocks, it does not spin.
                WatchKey more;
                while ((more = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= isAboutOurFile(more);
                }
                if (relevant) {
                    reloadSafely();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called
        }
    }

    /** One odd edit must not stop the watch for the rest of the session. */
    private void reloadSafely() {
        try {
            reloadAfterExternalEdit();
        } catch (RuntimeException e) {
            LOG.warn("Could not apply an edit of {}", file, e);
        }
    }

    private boolean isAboutOurFile(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || file.getFileName().equals(event.context());
        }
        key.reset();
        return relevant;
    }

    private void reloadAfterExternalEdit() {
        Settings changed;
        synchronized (lock) {
            SettingsFileReader.Parsed parsed;
            try {
                parsed = SettingsFileReader.read(file);
            } catch (NoSuchFileException e) {
                return;  // mid-rename, or deleted: the next save writes it again
            } catch (SettingsFileReader.BrokenFileException e) {
                // Not moved aside: the person may still be typing. The next good save or start sorts it out.
                LOG.warn("Ignoring an edit of {}: {}", file, e.getMessage());
                return;
            }
            if (Arrays.equals(parsed.bytes(), lastSeenBytes)) {
                return;  // our own save
            }
            lastSeenBytes = parsed.bytes();
            takeOver(parsed);
            Settings before = current;
            readSettings();
            if (current.equals(before)) {
                return;
            }
            changed = current;
        }
        listeners.forEach(l -> l.accept(changed));
    }

    /**
     * Brings the edited file into the live preferences, so their listeners hear each changed key.
     * Names Preferences cannot hold (a "/" in a section, over-long keys or values) go straight
     * into the ini model: they are kept in the file, just not announced.
     */
    private void takeOver(SettingsFileReader.Parsed parsed) {
        Ini edited = parsed.ini();
        for (String name : new ArrayList<>(ini.keySet())) {
            Profile.Section mine = ini.get(name);
            Profile.Section theirs = edited.get(name);
            if (theirs == null && !SettingsKeys.SECTIONS.contains(name)) {
                ini.remove(name);  // the user deleted a section of their own; empty sections are stored now
                continue;
            }
            for (String key : new ArrayList<>(mine.keySet())) {
                if (theirs == null || !theirs.containsKey(key)) {
                    if (isPreferenceName(name) && isPreferenceKey(key, "")) {
                        preferences.node(name).remove(key);
                    } else {
                        mine.remove(key);
                    }
                }
            }
        }
        for (String name : edited.keySet()) {
            Profile.Section theirs = edited.get(name);
            boolean announce = isPreferenceName(name);
            Preferences node = announce ? preferences.node(name) : null;
            Profile.Section mine = ini.get(name) != null ? ini.get(name) : ini.add(name);
            for (String key : theirs.keySet()) {
                String value = theirs.get(key);
                boolean changed = !Objects.equals(value, mine.get(key));
                if (changed && announce && value != null && isPreferenceKey(key, value)) {
                    node.put(key, value);
                } else if (changed) {
                    mine.put(key, value);
                }
                mine.putComment(key, theirs.getComment(key));
            }
            ini.putComment(name, edited.getComment(name));
        }
        ini.setComment(edited.getComment());
        trailer = parsed.trailer();
    }

    private static boolean isPreferenceName(String section) {
        return !section.isEmpty() && section.indexOf('/') < 0 && section.length() <= Preferences.MAX_NAME_LENGTH;
    }

    private static boolean isPreferenceKey(String key, String value) {
        return key.length() <= Preferences.MAX_KEY_LENGTH && value.length() <= Preferences.MAX_VALUE_LENGTH;
    }
}
