package org.deskbreak.core;

/** The look the user asked for; {@link #SYSTEM} follows the desktop where it can be read. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
