package org.deskbreak.core;

import java.util.Optional;

/**
 * Whether the desktop says the user is busy now: presenting, in a meeting, watching something
 * fullscreen, or with Do Not Disturb on. Asking may take a moment (it may talk to the desktop):
 * never on the event thread or inside the planner's lock.
 */
@FunctionalInterface
public interface BusySource {

    /** Used where the desktop cannot tell: never busy. */
    BusySource NONE = Optional::empty;

    /** What says the user is busy (for the log), or empty when nothing does. */
    Optional<String> busyBecause();
}
