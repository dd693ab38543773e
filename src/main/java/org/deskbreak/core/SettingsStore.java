package org.deskbreak.core;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Where settings live. The core only knows this; the file format is the settings package's business. */
public interface SettingsStore {

    /** Reads the settings; never fails: bad or missing input yields defaults, reported elsewhere. */
    Settings load();

    /** The settings in force as last read or saved, without touching the storage. */
    Settings current();

    /**
     * Applies {@code change} to the settings stored at this moment (an edit made outside the app
     * included) and saves the result atomically, as one step: concurrent updates never undo each
     * other. Returns the settings now in force.
     *
     * @throws SettingsNotSaved when the result could not be stored; it applies in memory all the same
     */
    Settings update(UnaryOperator<Settings> change);

    /** Saves the fields where {@code settings} differs from {@link #current()}, as {@link #update} does. */
    default void save(Settings settings) {
        update(SettingsChange.between(current(), settings));
    }

    /** Called with the new settings after the file was changed from outside (hand edits). */
    void onExternalChange(Consumer<Settings> listener);
}
