package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.UIManager;
import org.deskbreak.core.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The colours every DeskBreak window draws with, read from the theme as installed: text at least
 * 4.5:1 against what it sits on, graphics (circles, bars, the card's edge) at least 3:1 (WCAG 2).
 */
class ThemeContrastTest {

    @AfterAll
    static void backToLight() {
        new AppTheme(false).apply(Theme.LIGHT);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void textIsAtLeastFourAndAHalfToOne(Theme theme) {
        new AppTheme(false).apply(theme);
        Color window = colour("Panel.background");
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("labels", ratio(colour("Label.foreground"), window));
        ratios.put("secondary text (counts, notes, time left)", ratio(AppTheme.secondaryText(), window));
        ratios.put("accent text (Step 3 of 7)", ratio(AppTheme.accentText(), window));
        ratios.put("buttons", ratio(colour("Button.foreground"), colour("Button.background")));
        ratios.put("the Start button", ratio(Color.WHITE, AppTheme.accentButton()));
        ratios.put("the default button (Pause, Save)", ratio(colour("Button.default.foreground"), colour("Button.default.background")));
        ratios.put("check boxes", ratio(colour("CheckBox.foreground"), window));
        ratios.put("spinners", ratio(colour("Spinner.foreground"), colour("Spinner.background")));
        ratios.put("menus", ratio(colour("MenuItem.foreground"), colour("PopupMenu.background")));
        ratios.put("the chosen menu item", ratio(colour("MenuItem.selectionForeground"), colour("MenuItem.selectionBackground")));
        ratios.put("tooltips", ratio(colour("ToolTip.foreground"), colour("ToolTip.background")));
        print(theme, "text", ratios);
        assertThat(ratios).allSatisfy((what, r) -> assertThat(r).as(theme + ": " + what).isGreaterThanOrEqualTo(4.5));
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void graphicsAreAtLeastThreeToOne(Theme theme) {
        new AppTheme(false).apply(theme);
        Color window = colour("Panel.background");
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("breathing circle and ring", ratio(AppTheme.accentGraphic(), window));
        ratios.put("progress bar", ratio(colour("ProgressBar.foreground"), colour("ProgressBar.background")));
        ratios.put("completed bars", ratio(AppTheme.accentGraphic(), window));
        ratios.put("cut-short bars", ratio(WeekChart.tint(window), window));
        ratios.put("the card's edge", ratio(AppTheme.accentGraphic(), window));
        ratios.put("the card's pulse", ratio(AppTheme.dueGraphic(), window));
        print(theme, "graphics", ratios);
        assertThat(ratios).allSatisfy((what, r) -> assertThat(r).as(theme + ": " + what).isGreaterThanOrEqualTo(3.0));
    }

    private static void print(Theme theme, String kind, Map<String, Double> ratios) {
        ratios.forEach((what, r) -> System.out.printf("contrast %s %s %s: %.2f:1%n", theme, kind, what, r));
    }

    private static Color colour(String key) {
        Color c = UIManager.getColor(key);
        assertThat(c).as(key).isNotNull();
        return c;
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
