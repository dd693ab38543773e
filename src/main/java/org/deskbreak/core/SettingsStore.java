package org.deskbreak.core;

import java.util.function.Consumer;

/** Where settings live. The core only knows this; the file format is the settings package's business. */
public interface SettingsStore {

    /** The current settings; never fails: bad or missing input yields defaults, reported elsewhere. */
    Settings load();

    /** Saves atomically: afterwards the stored file holds either the old settings or these. */
    void save(Settings settings);

    /** Called with the new settings after the file was changed from outside (hand edits). */
    void onExternalChange(Consumer<Settings> listener);
}
