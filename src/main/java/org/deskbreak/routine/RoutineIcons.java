package org.deskbreak.routine;

import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's window icons, read from the shared icon folder so the routine needs no other package. */
final class RoutineIcons {

    static final String FOLDER = "/org/deskbreak/ui/icons/";
    static final int[] SIZES = {16, 22, 24, 32, 48, 64, 128, 256};
    private static final Logger LOG = LoggerFactory.getLogger(RoutineIcons.class);

    private RoutineIcons() {
    }

    /** Every size that can be read; an empty list leaves the toolkit's default icon. */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String path = FOLDER + "deskbreak-" + size + ".png";
            try (InputStream in = RoutineIcons.class.getResourceAsStream(path)) {
                Image image = in == null ? null : ImageIO.read(in);
                if (image != null) {
                    icons.add(image);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Window icon {} unreadable", path, e);
            }
        }
        return List.copyOf(icons);
    }
}
