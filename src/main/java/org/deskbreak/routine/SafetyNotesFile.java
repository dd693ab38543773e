package org.deskbreak.routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that the safety notes were read, so they open only the very first routine. A marker
 * file in the state folder: if it cannot be written the notes simply come again next time.
 */
final class SafetyNotesFile {

    static final String FILE_NAME = "routine-safety-read";
    private static final Logger LOG = LoggerFactory.getLogger(SafetyNotesFile.class);

    private final Path file;

    SafetyNotesFile(Path file) {
        this.file = file;
    }

    static SafetyNotesFile in(Path stateDir) {
        return new SafetyNotesFile(stateDir.resolve(FILE_NAME));
    }

    boolean seen() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    void markSeen() {
        try {
            Files.createDirectories(file.getParent());
            if (!seen()) {
                Files.writeString(file, "The routine's safety notes were read.\n");
            }
        } catch (IOException e) {
            LOG.info("could not note that the safety notes were read: {}", e.toString());
        }
    }
}
