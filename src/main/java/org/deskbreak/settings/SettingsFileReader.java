package org.deskbreak.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.ini4j.Config;
import org.ini4j.Ini;
import org.ini4j.InvalidFileFormatException;

/**
 * Reads deskbreak.ini and decides whether it can be used at all. ini4j is lenient (a key without
 * "=" is taken as a key with no value), so "cannot be parsed" is defined here: larger than
 * {@link #MAX_BYTES}, not a readable regular file (a pipe or device is refused without being opened), not UTF-8, containing control characters other
 * than tab and line ends, or rejected by ini4j (a key before any [section], an unclosed or empty
 * section header, a line starting with "=").
 */
final class SettingsFileReader {

    /** A hand-written settings file is a few kilobytes; anything this big is not one. */
    static final int MAX_BYTES = 1 << 20;

    /** The parsed file: ini4j's model, comment lines after the last setting (ini4j drops them), the raw bytes. */
    record Parsed(Ini ini, String trailer, byte[] bytes) {
    }

    /** The file exists but cannot be used; the message says why in plain words. */
    static final class BrokenFileException extends Exception {
        private static final long serialVersionUID = 1L;

        BrokenFileException(String reason) {
            super(reason);
        }
    }

    private SettingsFileReader() {
    }

    static Config config() {
        Config config = new Config();
        config.setComment(true);
        config.setHeaderComment(true);
        config.setEmptyOption(true);
        // A [section] of the user's own with nothing in it yet (and its comment) is kept on save.
        config.setEmptySection(true);
        config.setEscape(false);
        config.setTree(false);
        config.setMultiOption(false);
        config.setMultiSection(false);
        config.setFileEncoding(StandardCharsets.UTF_8);
        return config;
    }

    static Ini emptyIni() {
        Ini ini = new Ini();
        ini.setConfig(config());
        return ini;
    }

    /** @throws NoSuchFileException when there is nothing at the path */
    static Parsed read(Path file) throws NoSuchFileException, BrokenFileException {
        byte[] bytes = readCapped(file);
        String text = decode(bytes);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new BrokenFileException("it contains binary data");
            }
        }
        Ini ini = emptyIni();
        try {
            ini.load(new StringReader(text));
        } catch (InvalidFileFormatException e) {
            throw new BrokenFileException("a line is neither a setting, a comment nor a [section]");
        } catch (IOException | RuntimeException e) {
            throw new BrokenFileException("it is not an ini file");
        }
        return new Parsed(ini, trailingComments(text), bytes);
    }

    /**
     * Looks at what is there without opening it (a pipe would block the open, a device never
     * ends), following only a link to a regular file, then reads at most the cap.
     */
    private static byte[] readCapped(Path file) throws NoSuchFileException, BrokenFileException {
        Path real = file;
        try {
            BasicFileAttributes here = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (here.isSymbolicLink()) {
                real = file.toRealPath();
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                throw new BrokenFileException("a folder is where the file should be");
            }
            if (!attributes.isRegularFile()) {
                throw new BrokenFileException("it is not a regular file but a pipe, device or socket");
            }
            if (attributes.size() > MAX_BYTES) {
                throw new BrokenFileException("it is larger than 1 MiB");
            }
            // Read one byte past the cap: the file may grow between the size check and the read.
            try (InputStream in = Files.newInputStream(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new BrokenFileException("it is larger than 1 MiB");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString());  // or a link to nothing yet: the save creates its target
        } catch (IOException e) {
            throw new BrokenFileException("it cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static String decode(byte[] bytes) throws BrokenFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BrokenFileException("it is not UTF-8 text");
        }
    }

    /** Comment lines after the last setting or section: ini4j attaches comments only to what follows them. */
    private static String trailingComments(String text) {
        String[] lines = text.split("\r?\n", -1);
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith(";")) {
                last = i;
            }
        }
        if (last < 0) {
            return "";
        }
        StringBuilder trailer = new StringBuilder();
        for (int i = last + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                trailer.append(line).append('\n');
            }
        }
        return trailer.toString();
    }
}
