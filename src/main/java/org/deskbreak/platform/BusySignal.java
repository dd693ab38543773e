package org.deskbreak.platform;

import java.util.Optional;

/** One thing on the desktop that can say the user is busy. {@link DesktopBusy} asks them all. */
interface BusySignal {

    /** For the log and {@code deskbreak status}: what is asked, e.g. "KDE Do Not Disturb". */
    String name();

    /** Why the user is busy by this signal's word, or empty. Any failure counts as "not busy". */
    Optional<String> busyBecause() throws Exception;
}
