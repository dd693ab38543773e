package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routine's own keys: which routine, how loud, whether it speaks. */
class RoutineSettingsTest {

    @TempDir
    Path dir;

    private Settings read(String ini) throws Exception {
        Path file = dir.resolve("deskbreak.ini");
        Files.writeString(file, ini);
        return new IniSettingsStore(file, ManualClock.at("2026-11-25T09:00", "UTC")).load();
    }

    @Test
    void speakingIsOffAndTheVolumeModerateByDefault() throws Exception {
        Settings s = read("[routine]\nroutine = chair-tennis-ball\n");

        assertThat(s.routineId()).isEqualTo("chair-tennis-ball");
        assertThat(s.speak()).isFalse();
        assertThat(s.volume()).isEqualTo(Defaults.VOLUME);
    }

    @Test
    void speakAndVolumeAreRead() throws Exception {
        Settings s = read("[routine]\nspeak = true\nvolume = 35\n");

        assertThat(s.speak()).isTrue();
        assertThat(s.volume()).isEqualTo(35);
    }

    @Test
    void aVolumeOutOfRangeFallsBack() throws Exception {
        assertThat(read("[routine]\nvolume = 140\n").volume()).isEqualTo(Defaults.VOLUME);
        assertThat(read("[routine]\nvolume = loud\n").volume()).isEqualTo(Defaults.VOLUME);
    }

    @Test
    void bothAreWrittenUnderRoutine() throws Exception {
        Path file = dir.resolve("deskbreak.ini");
        IniSettingsStore store = new IniSettingsStore(file, ManualClock.at("2026-11-25T09:00", "UTC"));
        store.save(Settings.defaults().withSpeak(true).withVolume(12));

        assertThat(Files.readString(file)).contains("speak = true", "volume = 12");
    }
}
