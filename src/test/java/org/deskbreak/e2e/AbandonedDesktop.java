package org.deskbreak.e2e;

import java.nio.file.Path;

/**
 * A desktop test run cut short, in a JVM of its own: it starts a desktop and the app on it the way
 * the desktop tests do, says {@code docked} once the tray icon is there, and waits to be killed.
 * {@link KilledTestJvmIT} kills it with SIGKILL and looks for what it left.
 */
public final class AbandonedDesktop {

    static final String READY = "docked";

    private AbandonedDesktop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Desktop desktop = new Desktop(dir.resolve("x"));
        desktop.start();
        new DeskBreakProcess(desktop, dir.resolve("home")).start().awaitDocked();
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
