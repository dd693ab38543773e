package org.deskbreak.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words on screen, from {@code org/deskbreak/ui/messages.properties} and its translations. */
public final class Messages {

    private static final String BUNDLE = "org.deskbreak.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static Messages forDefaultLocale() {
        return new Messages(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must never crash a menu; the key at least says what is missing.
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The routine's name inside a sentence: "wall", "chair". */
    public String routineName(String routineId) {
        return text("routine." + routineId + ".name");
    }

    /** The routine's name at the start of a sentence: "Wall", "Chair". */
    public String routineCapital(String routineId) {
        return text("routine." + routineId + ".capital");
    }
}
