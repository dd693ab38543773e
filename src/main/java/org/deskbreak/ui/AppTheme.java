package org.deskbreak.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.util.Map;
import org.deskbreak.core.Theme;

/** FlatLaf light or dark with the DeskBreak accent. */
public final class AppTheme {

    /** The teal of the app icon. */
    public static final Color ACCENT = new Color(0x23897D);
    /** The orange of the "break due" dot. */
    public static final Color DUE = new Color(0xF2871F);

    /**
     * Colours of our own, set per theme so that text stays at least 4.5:1 against the window and
     * graphics at least 3:1 (ThemeContrastTest measures them as installed).
     */
    public static final String SECONDARY_TEXT = "DeskBreak.secondaryText";
    public static final String ACCENT_TEXT = "DeskBreak.accentText";
    public static final String ACCENT_BUTTON = "DeskBreak.accentButton";
    public static final String DUE_GRAPHIC = "DeskBreak.dueGraphic";
    // In light the accent is a shade darker than the icon's teal, so white text on it (a chosen
    // menu item) and the accent on the window both pass; in dark a shade lighter.
    private static final Map<String, String> LIGHT = Map.of("@accentColor", "#1B7167", SECONDARY_TEXT, "#5B6066",
            ACCENT_TEXT, "#1B7167", ACCENT_BUTTON, "#1B7167", DUE_GRAPHIC, "#C25E00");
    private static final Map<String, String> DARK = Map.of("@accentColor", "#4FB3A6", SECONDARY_TEXT, "#B4B9BE",
            ACCENT_TEXT, "#5CC7B8", ACCENT_BUTTON, "#1B7167", DUE_GRAPHIC, "#F2871F",
            // The default button is filled with the accent in dark: too light under white text.
            "Button.default.background", "#1B7167", "Button.default.hoverBackground", "#207F74",
            "Button.default.pressedBackground", "#175F57", "Button.default.foreground", "#FFFFFF");

    private final boolean systemPrefersDark;

    /** @param systemPrefersDark what the desktop asked for, read once at start (see platform.DesktopTheme) */
    public AppTheme(boolean systemPrefersDark) {
        this.systemPrefersDark = systemPrefersDark;
    }

    public boolean isDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark;
        };
    }

    /** Installs the look; call on the event thread. Already open windows are updated too. */
    public void apply(Theme theme) {
        boolean dark = isDark(theme);
        FlatLaf.setGlobalExtraDefaults(dark ? DARK : LIGHT);
        boolean current = FlatLaf.isLafDark();
        boolean installed = javax.swing.UIManager.getLookAndFeel() instanceof FlatLaf;
        if (installed && current == dark) {
            return;
        }
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        if (installed) {
            FlatLaf.updateUI();
        }
    }

    /** Secondary text (counts, notes, hints): quieter than labels, still readable. */
    public static Color secondaryText() {
        return colour(SECONDARY_TEXT, new Color(0x5B6066));
    }

    /** Text in the accent colour (step labels): darker than the accent in light, lighter in dark. */
    public static Color accentText() {
        return colour(ACCENT_TEXT, new Color(0x1B7167));
    }

    /** The accent as installed, for graphics (circles, bars). */
    public static Color accentGraphic() {
        return colour("Component.accentColor", ACCENT);
    }

    /** The background of a button drawn in the accent, with white text on it. */
    public static Color accentButton() {
        return colour(ACCENT_BUTTON, new Color(0x1B7167));
    }

    /** The "break due" orange for graphics on a window (the card's pulse). */
    public static Color dueGraphic() {
        return colour(DUE_GRAPHIC, DUE);
    }

    private static Color colour(String key, Color fallback) {
        Color c = javax.swing.UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}
