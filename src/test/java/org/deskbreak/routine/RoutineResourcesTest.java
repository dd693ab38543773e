package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.deskbreak.core.Refusal;
import org.junit.jupiter.api.Test;

class RoutineResourcesTest {

    private final ResourceBundle texts = ResourceBundle.getBundle("org.deskbreak.routine.routine");

    @Test
    void everyRefusalCanBeExplainedInTheWindow() {
        for (Refusal r : Refusal.values()) {
            assertThat(texts.containsKey("refusal." + r.name())).as(r.name()).isTrue();
        }
        assertThat(texts.getString("window.snoozeRefused")).contains("{0}");
    }

    @Test
    void everyIllustrationRendersAsADrawingNotABlank() {
        List<String> names = new ArrayList<>();
        for (String id : RoutineLoader.index()) {
            RoutineLoader.fromResources().load(id).routine().steps().forEach(s -> names.add(s.illustration()));
        }
        names.add("done");
        for (String name : names) {
            FlatSVGIcon icon = new FlatSVGIcon(RoutineLoader.illustrationPath(name).substring(1)).derive(320, 240);
            assertThat(icon.hasFound()).as(name).isTrue();
            BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            assertThat(distinctColours(image)).as(name).isGreaterThan(6);
        }
    }

    @Test
    void theWindowIconsAreTheAppsOwnInEverySize() {
        List<Image> icons = RoutineIcons.load();

        assertThat(icons).hasSize(RoutineIcons.SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            assertThat(icons.get(i).getWidth(null)).isEqualTo(RoutineIcons.SIZES[i]);
        }
    }

    @Test
    void clockRoundsUpToWholeSeconds() {
        assertThat(RoutineWindow.clock(java.time.Duration.ofMillis(95_001))).isEqualTo("1:36");
        assertThat(RoutineWindow.clock(java.time.Duration.ofSeconds(95))).isEqualTo("1:35");
        assertThat(RoutineWindow.clock(java.time.Duration.ZERO)).isEqualTo("0:00");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
