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
        FlatLaf.setGlobalExtraDefaults(Map.of("@accentColor", "#23897D"));
        boolean dark = isDark(theme);
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
}
