package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.prefs.Preferences;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values are text, nothing more: ini4j's {@code ${section/key}} references (and its
 * {@code ${@env/…}} and {@code ${@prop/…}} lookups) are neither followed nor expanded, so no
 * reference pattern, depth or cycle can crash, hang or slow the start.
 */
@Timeout(60)
class LiteralValuesTest {

    private static final List<String> SECTIONS = List.of("reminders", "schedule", "routine", "appearance", "startup",
            "mine", "a.b");
    private static final List<String> KEYS = List.of("interval_minutes", "snooze_minutes", "theme", "language",
            "working_hours", "routine", "k", "x");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("deskbreak.ini");
    }

    // ---- the shapes that used to overflow the stack

    @Test
    void aValueReferringToItselfIsJustText() throws IOException {
        Files.writeString(file(), "[reminders]\ninterval_minutes = ${reminders/interval_minutes}\n");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastBadKeys()).containsExactly("reminders.interval_minutes");
        assertThat(store.preferences().node("reminders").get("interval_minutes", null))
                .isEqualTo("${reminders/interval_minutes}");
    }

    @Test
    void aReferenceToAGoodValueIsNotFollowed() throws IOException {
        Files.writeString(file(), "[appearance]\ntheme = ${mine/colour}\n[mine]\ncolour = dark\n"
                + "[reminders]\nsnooze_minutes = ${@prop/user.home}\n");
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        assertThat(store.load().theme()).isEqualTo(Theme.SYSTEM);
        assertThat(store.lastBadKeys()).containsExactly("reminders.snooze_minutes", "appearance.theme");
    }

    @Test
    void aLongChainOfReferencesLoadsAtOnce() throws IOException {
        StringBuilder text = new StringBuilder("[reminders]\ninterval_minutes = ${k0}\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("k").append(i).append(" = ${reminders/k").append(i + 1).append("}\n");
        }
        Files.writeString(file(), text);
        IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

        long start = System.nanoTime();
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastProblem()).as("a readable file, under the size cap").isEmpty();
        assertThat(store.lastBadKeys()).containsExactly("reminders.interval_minutes");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to load").isLessThan(5_000);
    }

    // ---- generated files: every value reads back exactly as written

    @Test
    void generatedReferencePatternsAreReadBackLiterallyAndSurviveASave() throws IOException {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            Map<String, Map<String, String>> content = generate(random);
            Files.writeString(file(), render(content));
            IniSettingsStore store = new IniSettingsStore(file(), Fixtures.CLOCK);

            store.load();
            assertThat(store.lastProblem()).as("round %d is a readable file", round).isEmpty();
            assertReadLiterally(store.preferences(), content, round);

            store.save(Fixtures.distinctive());
            IniSettingsStore again = new IniSettingsStore(file(), Fixtures.CLOCK);
            assertThat(again.load()).as("round %d after a save", round).isEqualTo(Fixtures.distinctive());
            assertOthersKept(again.preferences(), content, round);
        }
    }

    private static void assertReadLiterally(Preferences root, Map<String, Map<String, String>> content, int round) {
        content.forEach((section, keys) -> keys.forEach((key, value) ->
                assertThat(root.node(section).get(key, null)).as("round %d: %s.%s", round, section, key)
                        .isEqualTo(value)));
    }

    /** Keys DeskBreak does not own keep their text through a save. */
    private static void assertOthersKept(Preferences root, Map<String, Map<String, String>> content, int round) {
        content.forEach((section, keys) -> keys.forEach((key, value) -> {
            boolean owned = SettingsKeys.SECTIONS.contains(section) && List.of(SettingsKeys.INTERVAL,
                    SettingsKeys.SNOOZE, SettingsKeys.THEME, SettingsKeys.LANGUAGE, SettingsKeys.WORKING_HOURS,
                    SettingsKeys.ROUTINE_ID).contains(key);
            if (!owned) {
                assertThat(root.node(section).get(key, null)).as("round %d: %s.%s", round, section, key)
                        .isEqualTo(value);
            }
        }));
    }

    /** A few sections, each key's value a mix of text and references of every kind ini4j knows. */
    private static Map<String, Map<String, String>> generate(Random random) {
        Map<String, Map<String, String>> content = new LinkedHashMap<>();
        List<String> sections = new ArrayList<>(SECTIONS);
        java.util.Collections.shuffle(sections, random);
        for (String section : sections.subList(0, 1 + random.nextInt(sections.size()))) {
            Map<String, String> keys = new LinkedHashMap<>();
            for (String key : KEYS) {
                if (random.nextInt(3) > 0) {
                    keys.put(key, value(random, 0));
                }
            }
            content.put(section, keys);
        }
        return content;
    }

    private static String value(Random random, int depth) {
        StringBuilder v = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
            String key = KEYS.get(random.nextInt(KEYS.size()));
            switch (random.nextInt(9)) {
                case 0 -> v.append("${").append(key).append('}');
                case 1 -> v.append("${").append(section).append('/').append(key).append('}');
                case 2 -> v.append("${").append(section).append('/').append(key).append('[').append(random.nextInt(3))
                        .append("]}");
                case 3 -> v.append("${@env/PATH}");
                case 4 -> v.append("${@prop/user.home}");
                case 5 -> v.append("${").append(depth < 3 ? value(random, depth + 1) : key).append('}');
                case 6 -> v.append("$${").append(key);
                case 7 -> v.append(random.nextInt(500));
                default -> v.append("dark");
            }
        }
        return v.toString();
    }

    private static String render(Map<String, Map<String, String>> content) {
        StringBuilder text = new StringBuilder("# generated\n");
        content.forEach((section, keys) -> {
            text.append('[').append(section).append("]\n");
            keys.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        });
        return text.toString();
    }
}
