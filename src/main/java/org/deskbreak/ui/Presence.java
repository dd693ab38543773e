package org.deskbreak.ui;

import java.awt.Point;
import java.util.Optional;
import org.deskbreak.core.PlannerState;

/** How DeskBreak is present on the desktop between breaks: a tray icon, or a status window. */
public interface Presence {

    /** Renders the new state (icon look, open status views). Event thread. */
    void show(PlannerState state);

    /** A short heads-up that a break is near. Event thread. */
    void headsUp(String title, String text);

    /** Takes a heads-up back that no longer holds (the break was re-planned, or is due). Event thread. */
    void dismissHeadsUp();

    /** Opens the status popup or window. Event thread. */
    void showStatus();

    /** A point on or near the tray, where the user last clicked it. */
    Optional<Point> trayHint();

    /** Removes the icon or closes the window. Event thread. */
    void remove();
}
