package org.deskbreak.app;

import java.time.Duration;
import org.deskbreak.core.Planner;

/**
 * What the running desktop app offers to commands from outside (the command line through the
 * single-instance socket, desktop shortcuts, window-manager key bindings). Break actions go to
 * the planner; the rest open windows or change saved settings.
 */
public interface RunningApp {

    Planner planner();

    /** How the app shows itself (D-Bus tray item, XEmbed icon or status window), once it does. */
    default java.util.Optional<TrayChoice> tray() {
        return java.util.Optional.empty();
    }

    /** What says whether now is a good moment for a reminder (idle time, busy signals), once the app runs. */
    default java.util.Optional<MomentSources> moments() {
        return java.util.Optional.empty();
    }

    /**
     * Sets how often to remind, saves it to deskbreak.ini and re-plans at once.
     *
     * @throws org.deskbreak.core.SettingsNotSaved when the file could not be written; the interval applies all the same
     */
    void setInterval(Duration interval);

    /** Opens the status popup or window (what a second plain launch does). */
    void showStatus();

    void showSettings();

    void showStats();

    /** Leaves the app cleanly: saves, removes the tray icon, releases the lock. */
    void quit();
}
