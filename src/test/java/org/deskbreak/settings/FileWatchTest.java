package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.PreferenceChangeEvent;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class FileWatchTest {

    @TempDir
    Path dir;

    private IniSettingsStore store;

    @AfterEach
    void stopWatching() {
        if (store != null) {
            store.close();
        }
    }

    /** Saves the way most editors do: a new file renamed over the old one. */
    private void editLikeAnEditor(String from, String to) throws IOException {
        Path file = dir.resolve("deskbreak.ini");
        String text = Files.readString(file).replace(from, to);
        Path temp = dir.resolve(".deskbreak.ini.swp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aHandEditReachesTheListenerAndOwnSavesDoNot() throws Exception {
        store = new IniSettingsStore(dir.resolve("deskbreak.ini"), Fixtures.CLOCK);
        store.load();
        List<Settings> heard = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        store.onExternalChange(s -> {
            heard.add(s);
            delivered.countDown();
        });

        store.save(Settings.defaults().withSnoozeLimitPerDay(7));
        editLikeAnEditor("interval_minutes = 45", "interval_minutes = 52");

        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly(Settings.defaults().withSnoozeLimitPerDay(7).withInterval(Duration.ofMinutes(52)));
    }

    @Test
    void aHandEditReachesPreferenceListenersAndSurvivesTheNextSave() throws Exception {
        store = new IniSettingsStore(dir.resolve("deskbreak.ini"), Fixtures.CLOCK);
        store.load();
        CountDownLatch themeChanged = new CountDownLatch(1);
        store.preferences().node("appearance").addPreferenceChangeListener(e -> countIfTheme(e, themeChanged));
        CountDownLatch delivered = new CountDownLatch(1);
        store.onExternalChange(s -> delivered.countDown());

        editLikeAnEditor("theme = system", "# dark at night\ntheme = dark\n[mine]\nkey = value");

        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(themeChanged.await(10, TimeUnit.SECONDS)).isTrue();
        store.save(store.load().withSound(false));
        assertThat(Files.readString(dir.resolve("deskbreak.ini")))
                .contains("# dark at night", "theme = dark", "[mine]", "key = value", "sound = false");
    }

    private static void countIfTheme(PreferenceChangeEvent e, CountDownLatch latch) {
        if (e.getKey().equals("theme") && "dark".equals(e.getNewValue())) {
            latch.countDown();
        }
    }

    @Test
    void aHandEditWithBadValuesDeliversDefaultsForThoseKeysOnly() throws Exception {
        store = new IniSettingsStore(dir.resolve("deskbreak.ini"), Fixtures.CLOCK);
        store.save(Fixtures.distinctive());
        List<Settings> heard = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        store.onExternalChange(s -> {
            heard.add(s);
            delivered.countDown();
        });

        editLikeAnEditor("theme = dark", "theme = purple");

        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly(Fixtures.distinctive().withTheme(Theme.SYSTEM));
        assertThat(store.lastBadKeys()).containsExactly("appearance.theme");
    }

    @Test
    void namesPreferencesCannotHoldAreKeptAndTheWatchGoesOn() throws Exception {
        store = new IniSettingsStore(dir.resolve("deskbreak.ini"), Fixtures.CLOCK);
        store.load();
        List<Settings> heard = new CopyOnWriteArrayList<>();
        CountDownLatch firstEdit = new CountDownLatch(1);
        CountDownLatch twoEdits = new CountDownLatch(2);
        store.onExternalChange(s -> {
            heard.add(s);
            firstEdit.countDown();
            twoEdits.countDown();
        });
        String odd = "[a/b/c]\n" + "k".repeat(200) + " = 1\n[" + "s".repeat(200) + "]\nx = " + "v".repeat(10_000) + "\n";

        editLikeAnEditor("language = system", "language = de\n" + odd);
        // The second edit must come after the first was read, or the two merge into one delivery.
        assertThat(firstEdit.await(10, TimeUnit.SECONDS)).isTrue();
        editLikeAnEditor("language = de", "language = fr");

        assertThat(twoEdits.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).extracting(Settings::language).containsExactly("de", "fr");
        store.save(store.load());
        assertThat(Files.readString(dir.resolve("deskbreak.ini"))).contains("[a/b/c]", "k".repeat(200), "v".repeat(10_000));
    }
}
