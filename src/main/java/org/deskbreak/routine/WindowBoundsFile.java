package org.deskbreak.routine;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routine window's last bounds, in a small properties file. Losing it only costs the user
 * a re-centred window, so every problem is logged and ignored. The file is the app's own, so
 * reading it is wary: only a small regular file is opened (never a link, a folder or a FIFO,
 * whose opening would block), at most {@link #MAX_BYTES} are read, and it must be UTF-8 text.
 */
final class WindowBoundsFile {

    static final String FILE_NAME = "routine-window.properties";
    /** Larger than any real desktop; keeps garbage from overflowing the placement arithmetic. */
    private static final int LIMIT = 100_000;
    /** Four numbers and a comment take about a hundred bytes. */
    static final int MAX_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(WindowBoundsFile.class);

    private final Path file;

    WindowBoundsFile(Path file) {
        this.file = file;
    }

    static WindowBoundsFile in(Path stateDir) {
        return new WindowBoundsFile(stateDir.resolve(FILE_NAME));
    }

    Optional<Rectangle> read() {
        try {
            String text = decode(readCapped());
            Properties p = new Properties();
            p.load(new StringReader(text));
            Rectangle r = new Rectangle(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"));
            if (r.width <= 0 || r.height <= 0) {
                throw new IllegalArgumentException("empty size " + r.width + "x" + r.height);
            }
            return Optional.of(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info("Ignoring the saved routine window position in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The attributes are read first, without following a link: opening a FIFO would block. */
    private byte[] readCapped() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new IOException("not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new IOException("too long for a window position (" + attributes.size() + " bytes)");
        }
        // One byte past the cap: the file may have grown since its size was read.
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("too long for a window position");
            }
            return bytes;
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Writes a temporary file and moves it over the old one, so a crash never leaves half a file. */
    void write(Rectangle r) {
        Properties p = new Properties();
        p.setProperty("x", Integer.toString(r.x));
        p.setProperty("y", Integer.toString(r.y));
        p.setProperty("width", Integer.toString(r.width));
        p.setProperty("height", Integer.toString(r.height));
        Path temp = null;
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Where the routine window was last closed");
            Files.createDirectories(file.toAbsolutePath().getParent());
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not save the routine window position to {}: {}", file, e.toString());
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("Could not remove {}", temp, e);
            }
        }
    }

    private static int number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no " + key);
        }
        int n = Integer.parseInt(v.trim());
        if (Math.abs(n) > LIMIT) {
            throw new IllegalArgumentException(key + " out of range: " + n);
        }
        return n;
    }
}
