package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class CornerPlacementTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 800);
    private static final Insets TOP_PANEL = new Insets(24, 0, 0, 0);
    private static final Dimension CARD = new Dimension(400, 110);

    @Test
    void withoutAHintTheCardGoesTopRightBelowAPanel() {
        Point p = CornerPlacement.place(SCREEN, TOP_PANEL, CARD, null, false);

        assertThat(p).isEqualTo(new Point(1280 - 400 - 12, 24 + 12));
    }

    @Test
    void whereTraysSitAtTheBottomItGoesBottomRightAboveTheTaskBar() {
        Point p = CornerPlacement.place(SCREEN, new Insets(0, 0, 40, 0), CARD, null, true);

        assertThat(p).isEqualTo(new Point(868, 800 - 40 - 110 - 12));
    }

    @Test
    void aClickOnTheTrayAtTheBottomLeftWins() {
        Point p = CornerPlacement.place(SCREEN, new Insets(0, 0, 30, 0), CARD, new Point(20, 790), false);

        assertThat(p).isEqualTo(new Point(12, 800 - 30 - 110 - 12));
    }

    @Test
    void onASecondScreenItStaysOnThatScreen() {
        Rectangle right = new Rectangle(1280, 0, 1920, 1080);

        Point p = CornerPlacement.place(right, new Insets(0, 0, 0, 0), CARD, null, false);

        assertThat(p).isEqualTo(new Point(1280 + 1920 - 400 - 12, 12));
    }

    @Test
    void aPopupNearTheRightEdgeOpensToTheLeftAndDownwards() {
        Point p = CornerPlacement.fitNear(new Rectangle(0, 24, 1280, 776), new Dimension(300, 200), new Point(1266, 12));

        assertThat(p).isEqualTo(new Point(966, 24));
    }

    // ---- each system's tray corner, on the screen the pointer is on ------------------------

    @Test
    void onWindowsTheCardGoesBottomRightAboveTheTaskBar() {
        Point p = CornerPlacement.place(SCREEN, new Insets(0, 0, 48, 0), CARD, null,
                ScreenCorner.trayAtBottom(org.deskbreak.platform.Os.WINDOWS));

        assertThat(p).isEqualTo(new Point(1280 - CARD.width - 12, 800 - 48 - CARD.height - 12));
    }

    @Test
    void onMacTheCardGoesTopRightUnderTheMenuBar() {
        Point p = CornerPlacement.place(SCREEN, new Insets(25, 0, 70, 0), CARD, null,
                ScreenCorner.trayAtBottom(org.deskbreak.platform.Os.MAC));

        assertThat(p).isEqualTo(new Point(1280 - CARD.width - 12, 25 + 12));
    }

    @Test
    void onMacsSecondScreenTheCardIsUnderThatScreensMenuBar() {
        Rectangle second = new Rectangle(-1440, -100, 1440, 900);

        Point p = CornerPlacement.place(second, new Insets(25, 0, 0, 0), CARD, null,
                ScreenCorner.trayAtBottom(org.deskbreak.platform.Os.MAC));

        assertThat(p).isEqualTo(new Point(-CARD.width - 12, -100 + 25 + 12));
    }
}
