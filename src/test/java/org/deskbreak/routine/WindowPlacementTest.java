package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle LAPTOP = new Rectangle(0, 0, 1366, 738);      // panel at the bottom
    private static final Rectangle MONITOR = new Rectangle(1366, -200, 1920, 1080);
    private static final Dimension PREFERRED = new Dimension(500, 680);
    private static final Dimension MINIMUM = new Dimension(420, 560);

    private static Rectangle place(Rectangle saved, Rectangle mouse, Rectangle... screens) {
        return WindowPlacement.place(Optional.ofNullable(saved), List.of(screens), mouse, PREFERRED, MINIMUM);
    }

    // ---- nothing saved -------------------------------------------------------------------

    @Test
    void firstOpeningIsCentredOnTheMouseScreen() {
        assertThat(place(null, MONITOR, LAPTOP, MONITOR))
                .isEqualTo(new Rectangle(1366 + (1920 - 500) / 2, -200 + (1080 - 680) / 2, 500, 680));
    }

    @Test
    void aSmallScreenShrinksTheFirstWindowToFit() {
        Rectangle tiny = new Rectangle(0, 0, 800, 600);
        assertThat(place(null, tiny, tiny)).isEqualTo(new Rectangle(150, 0, 500, 600));
    }

    // ---- a saved place -------------------------------------------------------------------

    @Test
    void aSavedPlaceOnAScreenIsKeptExactly() {
        Rectangle saved = new Rectangle(1500, 10, 610, 733);
        assertThat(place(saved, LAPTOP, LAPTOP, MONITOR)).isEqualTo(saved);
    }

    @Test
    void aWindowHangingOffTheEdgeIsSlidBackOn() {
        Rectangle saved = new Rectangle(1000, 50, 500, 680);   // 366 of 500 px wide on the laptop
        assertThat(place(saved, LAPTOP, LAPTOP)).isEqualTo(new Rectangle(866, 50, 500, 680));
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneIsForgotten() {
        Rectangle onMonitor = new Rectangle(2000, 100, 500, 680);
        assertThat(place(onMonitor, LAPTOP, LAPTOP))
                .isEqualTo(new Rectangle((1366 - 500) / 2, (738 - 680) / 2, 500, 680));
    }

    @Test
    void aPlaceMostlyOffEveryScreenIsForgotten() {
        Rectangle mostlyOff = new Rectangle(1200, 100, 500, 680);  // 166 of 500 px on the laptop
        assertThat(place(mostlyOff, LAPTOP, LAPTOP).x).isEqualTo((1366 - 500) / 2);
    }

    @Test
    void aWindowSpanningTwoScreensGoesToTheOneHoldingMostOfIt() {
        Rectangle spanning = new Rectangle(1100, 0, 500, 600);  // 266 px on the laptop, 234 on the monitor
        assertThat(place(spanning, MONITOR, LAPTOP, MONITOR)).isEqualTo(new Rectangle(866, 0, 500, 600));
    }

    @Test
    void sizesAreKeptWithinTheMinimumAndTheScreen() {
        assertThat(place(new Rectangle(100, 100, 300, 200), LAPTOP, LAPTOP).getSize()).isEqualTo(MINIMUM);
        assertThat(place(new Rectangle(0, 0, 1366, 1000), LAPTOP, LAPTOP))
                .isEqualTo(new Rectangle(0, 0, 1366, 738));
    }

    @Test
    void emptyOrAbsurdSavedRectanglesAreIgnored() {
        Rectangle centred = place(null, LAPTOP, LAPTOP);
        assertThat(place(new Rectangle(10, 10, 0, 500), LAPTOP, LAPTOP)).isEqualTo(centred);
        assertThat(place(new Rectangle(10, 10, -5, -5), LAPTOP, LAPTOP)).isEqualTo(centred);
        assertThat(place(new Rectangle(Integer.MAX_VALUE - 10, Integer.MAX_VALUE - 10, 500, 500), LAPTOP, LAPTOP))
                .isEqualTo(centred);
        assertThat(place(new Rectangle(10, 10, 500, 500), LAPTOP)).isEqualTo(centred);  // no screens reported
    }
}
