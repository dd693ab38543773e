package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The routine's first step drawn ahead of a break, off screen: real drawing, no window. */
class RoutineAheadTest {

    @Test
    void everyRoutinesFirstStepIsDrawnWithItsPicture() throws Exception {
        for (String id : RoutineLoader.index()) {
            Routine routine = RoutineLoader.fromResources().load(id).routine();
            BufferedImage[] drawn = new BufferedImage[1];

            java.awt.EventQueue.invokeAndWait(() -> drawn[0] = RoutineWindow.drawAhead(routine, Locale.ENGLISH));

            assertThat(colours(drawn[0], RoutineWindow.DESIGN.height / 2)).as("colours in the picture of " + id)
                    .isGreaterThan(3);
        }
    }

    @Test
    void drawingAheadOpensNoWindow() throws Exception {
        int before = Window.getWindows().length;
        Routine routine = RoutineLoader.fromResources().load(RoutineLoader.BUILT_IN_ID).routine();

        java.awt.EventQueue.invokeAndWait(() -> RoutineWindow.drawAhead(routine, Locale.ENGLISH));

        assertThat(Window.getWindows()).hasSize(before);
    }

    /** How many different colours the picture's area (the upper part of the design) holds. */
    private static long colours(BufferedImage image, int height) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
