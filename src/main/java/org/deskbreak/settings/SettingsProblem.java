package org.deskbreak.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the settings file could not be used, told to the user once.
 *
 * @param reason     what was wrong, in plain words
 * @param keptCopy   where the unusable file was moved, so nothing the user wrote is lost; empty when it could not be moved
 * @param whileRunning true when found at a save while running (the settings in force stay), false when found at start
 */
public record SettingsProblem(String reason, Optional<Path> keptCopy, boolean whileRunning) {

    /** Found at start: DeskBreak starts with the defaults. */
    public SettingsProblem(String reason, Optional<Path> keptCopy) {
        this(reason, keptCopy, false);
    }

    /** An edit DeskBreak could not read, kept aside before a save replaced it. */
    static SettingsProblem whileRunning(String reason, Path keptCopy) {
        return new SettingsProblem(reason, Optional.of(keptCopy), true);
    }

    public String message() {
        if (whileRunning) {
            return "The settings file could not be read (" + reason + "). DeskBreak kept it as "
                    + keptCopy.map(Path::getFileName).orElseThrow() + " and saved its own settings in its place.";
        }
        return keptCopy.map(p -> "The settings file could not be read (" + reason + "). DeskBreak started with "
                        + "default settings; your old file was kept as " + p.getFileName() + ".")
                .orElse("The settings file could not be read (" + reason + "). DeskBreak started with default settings.");
    }
}
