package org.deskbreak.tray;

import java.awt.Window;

/**
 * Keeps AWT's event thread running while DeskBreak sits in a D-Bus tray. AWT ends its event
 * thread a second after the last displayable component goes; an XEmbed tray icon is such a
 * component, a StatusNotifierItem is not. Without one, the thread ended after every minute's
 * tooltip update and was started again (with its AWT-Shutdown helper) for the next. A window that
 * is made displayable but never shown holds it, as the icon does; nothing appears on screen.
 */
final class EventThreadAnchor {

    private final Window anchor = new Window((Window) null);

    /** Event thread. */
    void hold() {
        anchor.setFocusableWindowState(false);
        anchor.addNotify();
    }

    /** Event thread. */
    void release() {
        anchor.dispose();
    }

    boolean holding() {
        return anchor.isDisplayable();
    }
}
