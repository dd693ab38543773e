package org.deskbreak.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the settings file could not be used, told to the user once.
 *
 * @param reason     what was wrong, in plain words
 * @param keptCopy   where the unusable file was moved, so nothing the user wrote is lost; empty when it could not be moved
 */
public record SettingsProblem(String reason, Optional<Path> keptCopy) {

    public String message() {
        return keptCopy.map(p -> "The settings file could not be read (" + reason + "). DeskBreak started with "
                        + "default settings; your old file was kept as " + p.getFileName() + ".")
                .orElse("The settings file could not be read (" + reason + "). DeskBreak started with default settings.");
    }
}
