package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deskbreak.core.Refusal;
import org.deskbreak.core.Theme;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:menu|card|status|settings|about|tooltip|notice|duration|today|error|app|theme|refusal)\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyKeyTheDesktopCodeAsksForIsInTheEnglishBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.deskbreak.ui.messages", Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main/java/org/deskbreak/ui"), Path.of("src/main/java/org/deskbreak/tray"),
                Path.of("src/main/java/org/deskbreak/app"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!bundle.containsKey(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExistForEveryConstant() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.deskbreak.ui.messages", Locale.ENGLISH);
        for (Refusal r : Refusal.values()) {
            assertThat(bundle.containsKey("refusal." + r.name())).as(r.name()).isTrue();
        }
        for (Theme t : Theme.values()) {
            assertThat(bundle.containsKey("theme." + t.name())).as(t.name()).isTrue();
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(new Messages(Locale.ENGLISH).text("menu.nonexistent")).isEqualTo("menu.nonexistent");
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(new Messages(Locale.ENGLISH).text("card.title", 2, "chair")).isEqualTo("Time for a 2-minute chair routine");
        assertThat(new Messages(Locale.ENGLISH).text("today.breaks", 1)).isEqualTo("1 break today");
    }
}
