package org.deskbreak.app;

import java.util.Objects;

/**
 * How DeskBreak shows itself on this desktop, and why: logged once at start and shown by
 * {@code deskbreak status}, so "where is the icon?" has an answer.
 *
 * @param backend {@code sni} (StatusNotifierItem over D-Bus), {@code xembed} (the X11 system tray)
 *                or {@code window} (the status window)
 * @param reason  in words: what was found, and why the backends before it were not used
 */
record TrayChoice(String backend, String reason) {

    static final String SNI = "sni";
    static final String XEMBED = "xembed";
    static final String WINDOW = "window";

    TrayChoice {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(reason, "reason");
    }

    /** For people: what the backend is called. */
    String describe() {
        return switch (backend) {
            case SNI -> "StatusNotifierItem (D-Bus)";
            case XEMBED -> "XEmbed system tray";
            default -> "status window";
        };
    }
}
