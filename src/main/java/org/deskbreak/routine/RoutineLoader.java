package org.deskbreak.routine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and checks a routine file. A broken file never stops a break: the problem is reported
 * and the built-in routine is used instead.
 */
public final class RoutineLoader {

    public static final String BUILT_IN_ID = "wall-tennis-ball";
    private static final String BASE = "/org/deskbreak/routine/";
    private static final long MAX_STEP_SECONDS = 600;
    private static final Logger LOG = LoggerFactory.getLogger(RoutineLoader.class);

    /** The routine to run and, if the requested one was broken, why. */
    public record Loaded(Routine routine, Optional<String> problem) {
    }

    private final ResourceBundle texts;
    private final Predicate<String> illustrationExists;

    public RoutineLoader(ResourceBundle texts, Predicate<String> illustrationExists) {
        this.texts = texts;
        this.illustrationExists = illustrationExists;
    }

    public static RoutineLoader fromResources() {
        return new RoutineLoader(ResourceBundle.getBundle("org.deskbreak.routine.routine"),
                name -> RoutineLoader.class.getResource(illustrationPath(name)) != null);
    }

    public static String illustrationPath(String name) {
        return BASE + "illustrations/" + name + ".svg";
    }

    /** The ids of the routines offered, in order, from {@code routines/index.properties}; the first is the default. */
    public static List<String> index() {
        try (InputStream in = RoutineLoader.class.getResourceAsStream(BASE + "routines/index.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> ids = new ArrayList<>();
            for (String id : p.getProperty("routines", BUILT_IN_ID).split(",")) {
                if (id.trim().matches("[a-z0-9-]{1,64}")) {
                    ids.add(id.trim());
                }
            }
            return ids.isEmpty() ? List.of(BUILT_IN_ID) : List.copyOf(ids);
        } catch (IOException e) {
            LOG.warn("the routine index could not be read; offering the built-in routine only", e);
            return List.of(BUILT_IN_ID);
        }
    }

    /** Loads the named routine from resources, falling back to the built-in one. */
    public Loaded load(String id) {
        String safeId = id == null ? "" : id;
        if (!safeId.matches("[a-z0-9-]{1,64}")) {
            return fallback("Unknown routine id '" + safeId + "'");
        }
        try (InputStream in = RoutineLoader.class.getResourceAsStream(BASE + "routines/" + safeId + ".properties")) {
            if (in == null) {
                return fallback("No routine named '" + safeId + "'");
            }
            return loadText(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fallback("Routine '" + safeId + "' could not be read: " + e.getMessage());
        }
    }

    /** Parses routine text; used for files and by tests. */
    public Loaded loadText(String text) {
        try {
            return new Loaded(parse(new StringReader(text)), Optional.empty());
        } catch (InvalidRoutineException | IOException | IllegalArgumentException e) {
            return fallback(e.getMessage());
        }
    }

    private Loaded fallback(String problem) {
        String message = "Routine file is broken (" + problem + "); using the built-in routine.";
        LOG.warn(message);
        return new Loaded(BuiltInRoutine.create(), Optional.of(message));
    }

    private Routine parse(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String id = required(p, "id");
        String titleKey = key(p, "title");
        Duration length = Duration.ofSeconds(seconds(p, "length.seconds", 3600));
        List<RoutineStep> steps = new ArrayList<>();
        for (String stepId : required(p, "steps").split(",")) {
            steps.add(step(p, id, stepId.trim()));
        }
        Routine routine = new Routine(id, titleKey, length, steps);
        if (!routine.totalOfSteps().equals(length)) {
            throw new InvalidRoutineException("steps add up to " + routine.totalOfSteps().toSeconds()
                    + " s, not " + length.toSeconds() + " s");
        }
        return routine;
    }

    /** Step texts are namespaced by routine, so two routines can each have their own "hold" step. */
    private RoutineStep step(Properties p, String routineId, String stepId) {
        if (!stepId.matches("[a-z0-9-]{1,64}")) {
            throw new InvalidRoutineException("bad step id '" + stepId + "'");
        }
        String prefix = "step." + stepId + ".";
        String illustration = required(p, prefix + "illustration");
        if (!illustrationExists.test(illustration)) {
            throw new InvalidRoutineException("no illustration '" + illustration + "'");
        }
        String hold = p.getProperty(prefix + "hold", "false").trim();
        if (!hold.equals("true") && !hold.equals("false")) {
            throw new InvalidRoutineException(prefix + "hold must be true or false");
        }
        return new RoutineStep(stepId, Duration.ofSeconds(seconds(p, prefix + "seconds", MAX_STEP_SECONDS)),
                bundleKey(routineId + "." + prefix + "title"), bundleKey(routineId + "." + prefix + "text"),
                illustration, hold.equals("true"));
    }

    private long seconds(Properties p, String name, long max) {
        String value = required(p, name);
        long s;
        try {
            s = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRoutineException(name + " is not a number: '" + value + "'");
        }
        if (s <= 0 || s > max) {
            throw new InvalidRoutineException(name + " must be between 1 and " + max + ", was " + s);
        }
        return s;
    }

    private String key(Properties p, String name) {
        return bundleKey(required(p, name));
    }

    private String bundleKey(String key) {
        if (!texts.containsKey(key)) {
            throw new InvalidRoutineException("no text for key '" + key + "'");
        }
        return key;
    }

    private static String required(Properties p, String name) {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new InvalidRoutineException("missing '" + name + "'");
        }
        return v.trim();
    }

    private static final class InvalidRoutineException extends RuntimeException {
        InvalidRoutineException(String message) {
            super(message);
        }
    }
}
