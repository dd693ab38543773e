package org.deskbreak.core;

import java.util.Objects;

/**
 * The settings could not be written (a full disk, a read-only folder). The message says why in
 * words for the user; {@link #inForce()} is what applies in memory until DeskBreak restarts.
 */
public final class SettingsNotSaved extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Settings inForce;

    public SettingsNotSaved(String message, Settings inForce, Throwable cause) {
        super(message, cause);
        this.inForce = Objects.requireNonNull(inForce, "inForce");
    }

    /** The settings the change produced: the caller applies them though they were not saved. */
    public Settings inForce() {
        return inForce;
    }
}
