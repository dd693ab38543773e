package org.deskbreak.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Screenshots taken during the desktop tests, kept in target/e2e-screens for people to look at. */
final class Screens {

    private Screens() {
    }

    static void save(Desktop desktop, String name) {
        try {
            Path dir = Path.of(System.getProperty("deskbreak.jar")).toAbsolutePath().getParent().resolve("e2e-screens");
            Files.createDirectories(dir);
            desktop.screenshot(dir.resolve(name + ".png"));
        } catch (java.io.IOException e) {
            // A missing screenshot must not fail the behaviour under test.
        }
    }
}
