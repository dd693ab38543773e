package org.deskbreak.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test class its own desktop (Xvfb, openbox, trayer). Without the tools the tests are
 * skipped with the reason, unless {@code DESKBREAK_E2E_REQUIRED=1} (CI), where that is a failure.
 * When a test of the class fails, the end of every app log it wrote is printed (CI keeps only the
 * output) and the logs are kept under {@code target/e2e-failures/<class>}.
 */
public final class DesktopExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

    /** Lines of each app log printed when a test fails. */
    static final int LOG_TAIL = 80;

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DesktopExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireTools();
        String jar = System.getProperty("deskbreak.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new AssertionError("the app jar is missing (system property deskbreak.jar): " + jar);
        }
        Path dir = Files.createTempDirectory("deskbreak-e2e-");
        Desktop desktop = new Desktop(dir.resolve("x"));
        context.getStore(NS).put("desktop", desktop);
        context.getStore(NS).put("dir", dir);
        desktop.start();
    }

    /** Skips the calling test when the desktop tools are missing, or fails it where they are required. */
    static void requireTools() {
        List<String> missing = Desktop.missingTools();
        if (!missing.isEmpty()) {
            String why = "desktop tests need " + String.join(", ", missing) + " on the PATH";
            if ("1".equals(System.getenv("DESKBREAK_E2E_REQUIRED"))) {
                throw new AssertionError(why + " (DESKBREAK_E2E_REQUIRED=1)");
            }
            Assumptions.abort(why);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getParent().ifPresent(c -> c.getStore(NS).put("failed", Boolean.TRUE));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Path dir = context.getStore(NS).get("dir", Path.class);
        if (dir != null && context.getStore(NS).get("failed") != null) {
            keepLogs(context.getRequiredTestClass().getSimpleName(), dir);
        }
        Desktop desktop = context.getStore(NS).remove("desktop", Desktop.class);
        if (desktop != null) {
            desktop.close();
        }
    }

    private static void keepLogs(String testClass, Path dir) {
        Path kept = Path.of("target", "e2e-failures", testClass);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("deskbreak.log")).toList()) {
                Path copy = kept.resolve(dir.relativize(log).toString().replace('/', '_'));
                Files.createDirectories(kept);
                Files.copy(log, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                System.out.println("---- " + testClass + " failed; the last " + LOG_TAIL + " lines of " + log
                        + " (all of it in " + copy + ")");
                lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()).forEach(System.out::println);
                System.out.println("---- end of " + log);
            }
        } catch (IOException | UncheckedIOException e) {
            System.out.println("---- " + testClass + " failed; its app logs could not be read: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == Desktop.class || type == Path.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        var store = extension.getRoot().getStore(NS);
        ExtensionContext c = extension;
        while (c != null && c.getStore(NS).get("desktop") == null) {
            c = c.getParent().orElse(null);
        }
        if (c == null) {
            throw new IllegalStateException("no desktop started " + store);
        }
        if (parameter.getParameter().getType() == Desktop.class) {
            return c.getStore(NS).get("desktop", Desktop.class);
        }
        return c.getStore(NS).get("dir", Path.class);
    }
}
