package org.deskbreak.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.prefs.Preferences;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.deskbreak.core.WorkingHours;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.platform.Os;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniSettingsStoreTest {

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("config").resolve("deskbreak.ini");
    }

    private IniSettingsStore store() {
        return new IniSettingsStore(file(), Fixtures.CLOCK);
    }

    private void write(String text) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text, StandardCharsets.UTF_8);
    }

    // ---- where and what

    @Test
    void livesWhereAppDirsSays() {
        AppDirs dirs = AppDirs.detect(java.util.Map.of(AppDirs.HOME_VARIABLE, home.toString()), Os.LINUX, home);
        assertThat(IniSettingsStore.of(dirs, Fixtures.CLOCK).file()).isEqualTo(dirs.settingsFile());
    }

    @Test
    void missingFileGivesDefaultsAndAFreshCommentedFile() throws IOException {
        Settings loaded = store().load();

        assertThat(loaded).isEqualTo(Settings.defaults());
        String text = Files.readString(file());
        assertThat(text).contains("[reminders]", "interval_minutes = 45", "snooze_minutes = 10",
                "snooze_limit_per_day = 3", "notice_seconds = 30", "idle_reset_minutes = 5",
                "wait_while_busy = true", "busy_limit_minutes = 30", "wait_for_typing_pause = true",
                "[schedule]", "working_days = mon,tue,wed,thu,fri,sat,sun", "working_hours = 00:00-24:00",
                "[routine]", "routine = wall-tennis-ball", "sound = true",
                "[appearance]", "theme = system", "language = system",
                "[startup]", "start_at_login = true");
        assertThat(text).startsWith("#").contains("# DeskBreak settings");
        for (String key : new String[] {"interval_minutes", "snooze_minutes", "snooze_limit_per_day", "notice_seconds",
                "idle_reset_minutes", "wait_while_busy", "busy_limit_minutes", "wait_for_typing_pause", "working_days", "working_hours", "routine ", "sound", "theme", "language",
                "start_at_login"}) {
            assertThat(text.lines().filter(l -> l.startsWith("#")).anyMatch(l -> l.contains(key)))
                    .as("header explains " + key).isTrue();
        }
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Settings mine = Fixtures.distinctive();
        store().save(mine);

        assertThat(store().load()).isEqualTo(mine);
    }

    @Test
    void endOfDayIsWrittenAs2400AndReadBackAsMidnight() throws IOException {
        Settings evening = Settings.defaults().withWorkingHours(
                new WorkingHours(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.MIDNIGHT));
        store().save(evening);

        assertThat(Files.readString(file())).contains("working_days = mon", "working_hours = 18:00-24:00");
        assertThat(store().load()).isEqualTo(evening);
    }

    // ---- what the user wrote survives

    @Test
    void commentsAndUnknownKeysAndSectionsSurviveASave() throws IOException {
        write("""
                # my own header
                # second line

                # before reminders
                [reminders]
                # I like short breaks
                interval_minutes = 25
                my_note = keep me

                [plugins]
                ; semicolon comment
                colour = teal
                # the very end
                """);
        IniSettingsStore store = store();
        Settings loaded = store.load();
        assertThat(loaded.interval()).isEqualTo(Duration.ofMinutes(25));

        store.save(loaded.withTheme(Theme.DARK));

        String text = Files.readString(file());
        assertThat(text).contains("# my own header", "# second line", "# before reminders", "# I like short breaks",
                "my_note = keep me", "[plugins]", "colour = teal", "semicolon comment", "# the very end",
                "theme = dark", "interval_minutes = 25");
        assertThat(text.indexOf("# I like short breaks")).isLessThan(text.indexOf("interval_minutes"));
        assertThat(store().load().theme()).isEqualTo(Theme.DARK);
    }

    // ---- an app save never drops what the user wrote

    @Test
    void aHandEditNotYetSeenIsMergedIntoTheNextAppSave() throws IOException {
        IniSettingsStore store = store();
        Settings loaded = store.load();
        // Saved by hand a moment ago: the file watch has not delivered it yet (there is none here).
        Files.writeString(file(), Files.readString(file()).replace("snooze_minutes = 10", "snooze_minutes = 13")
                .replace("theme = system", "theme = light"));

        store.save(loaded.withInterval(Duration.ofMinutes(30)));

        Settings after = store().load();
        assertThat(after.interval()).hasMinutes(30);
        assertThat(after.snoozeLength()).as("the hand edit").hasMinutes(13);
        assertThat(after.theme()).as("the hand edit").isEqualTo(Theme.LIGHT);
    }

    @Test
    void anAppSaveWritesOnlyTheKeysItChanged() throws IOException {
        write("[reminders]\nsnooze_minutes = ten  # my note\ninterval_minutes = 20\n");
        IniSettingsStore store = store();
        Settings loaded = store.load();

        store.save(loaded.withTheme(Theme.DARK));

        assertThat(Files.readString(file())).contains("snooze_minutes = ten  # my note", "interval_minutes = 20",
                "theme = dark");
    }

    @Test
    void anUnreadableHandEditIsKeptAsideBeforeAnAppSaveReplacesIt() throws IOException {
        IniSettingsStore store = store();
        Settings loaded = store.load();
        String halfTyped = "[reminders]\ninterval_minutes = 25\n[appearan\n";
        Files.writeString(file(), halfTyped);

        store.save(loaded.withInterval(Duration.ofMinutes(40)));

        Path kept = file().resolveSibling("deskbreak.ini.broken-20260304-050607");
        assertThat(Files.readString(kept)).isEqualTo(halfTyped);
        assertThat(store().load().interval()).hasMinutes(40);
    }

    @Test
    void theUserIsToldOnceWhenAnUnreadableHandEditIsKeptAside() throws IOException {
        IniSettingsStore store = store();
        Settings loaded = store.load();
        java.util.List<SettingsProblem> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        store.onProblem(told::add);
        Files.writeString(file(), "[half");

        store.save(loaded.withInterval(Duration.ofMinutes(40)));
        store.save(loaded.withInterval(Duration.ofMinutes(41)));

        assertThat(told).hasSize(1);
        assertThat(told.get(0).message()).contains("deskbreak.ini.broken-20260304-050607")
                .doesNotContain("started with default");
    }

    @Test
    void anAppSaveThatChangesNothingLeavesAnUnreadableHandEditInPlace() throws IOException {
        IniSettingsStore store = store();
        Settings loaded = store.load();
        Files.writeString(file(), "[half");

        store.save(loaded);

        assertThat(Files.readString(file())).isEqualTo("[half");
    }

    @Test
    void anEmptySectionOfTheUsersOwnSurvivesASave() throws IOException {
        write("""
                [reminders]
                interval_minutes = 25
                # filled in later
                [later]
                [appearance]
                theme = light
                """);
        IniSettingsStore store = store();
        store.save(store.load().withSound(false));

        String text = Files.readString(file());
        assertThat(text).contains("# filled in later", "[later]", "theme = light", "sound = false");
        assertThat(text.indexOf("# filled in later")).isLessThan(text.indexOf("[later]"));
    }

    // ---- bad values

    @Test
    void badValuesFallBackOneByOneWithOneWarningNamingThem() throws IOException {
        write("""
                [reminders]
                interval_minutes = 0
                snooze_minutes = ten
                snooze_limit_per_day = 12
                notice_seconds = 601
                [schedule]
                working_days = mon,funday
                working_hours = 25:00-26:00
                [routine]
                routine = Bad Id!
                sound = maybe
                [appearance]
                theme = dark
                language = not a tag
                [startup]
                start_at_login
                """);
        try (Fixtures.LogCatcher log = new Fixtures.LogCatcher()) {
            IniSettingsStore store = store();
            Settings loaded = store.load();

            Settings d = Settings.defaults();
            assertThat(loaded).isEqualTo(d.withSnoozeLimitPerDay(12).withTheme(Theme.DARK));
            assertThat(store.lastBadKeys()).containsExactly("reminders.interval_minutes", "reminders.snooze_minutes",
                    "reminders.notice_seconds", "schedule.working_days", "schedule.working_hours", "routine.routine",
                    "routine.sound", "appearance.language", "startup.start_at_login");
            assertThat(log.warnings()).hasSize(1);
            assertThat(log.warnings().get(0)).contains(store.lastBadKeys());
            assertThat(store.lastProblem()).isEmpty();
        }
        assertThat(Files.readString(file())).as("the user's text stays until saved").contains("snooze_minutes = ten");
    }

    @Test
    void outOfRangeNumbersAreBad() throws IOException {
        write("[reminders]\ninterval_minutes = 481\nidle_reset_minutes = -3\nsnooze_limit_per_day = 99999999999\n"
                + "busy_limit_minutes = 0\nwait_while_busy = maybe\n");
        IniSettingsStore store = store();
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.lastBadKeys()).containsExactly("reminders.interval_minutes", "reminders.snooze_limit_per_day",
                "reminders.idle_reset_minutes", "reminders.wait_while_busy", "reminders.busy_limit_minutes");
    }

    @Test
    void missingKeysAreSilentlyDefaulted() throws IOException {
        write("[appearance]\ntheme = LIGHT\n");
        try (Fixtures.LogCatcher log = new Fixtures.LogCatcher()) {
            IniSettingsStore store = store();
            assertThat(store.load()).isEqualTo(Settings.defaults().withTheme(Theme.LIGHT));
            assertThat(log.warnings()).isEmpty();
        }
    }

    // ---- the Preferences facade

    @Test
    void preferencesReadAndWriteTheFile() throws IOException {
        IniSettingsStore store = store();
        store.save(Fixtures.distinctive());
        Preferences root = store.preferences();

        assertThat(root.node("reminders").getInt("interval_minutes", -1)).isEqualTo(37);
        root.node("appearance").put("theme", "light");
        store.saveFile();

        assertThat(Files.readString(file())).contains("theme = light");
        assertThat(store().load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void savesFromManyThreadsLeaveOneWholeFile() throws Exception {
        IniSettingsStore store = store();
        Settings a = Fixtures.distinctive();
        Settings b = Fixtures.other();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            Settings s = t % 2 == 0 ? a : b;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    store.save(s);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join(20_000);
        }
        assertThat(store().load()).isIn(a, b);
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("deskbreak.ini");
        }
    }
}
