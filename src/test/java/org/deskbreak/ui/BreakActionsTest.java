package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.settings.IniSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings changes from several threads at once: none undoes another, and planner and file agree.
 * A save asked for by a click is handed to the file thread; the click itself writes nothing.
 */
@Timeout(60)
class BreakActionsTest {

    @TempDir
    Path dir;

    @Test
    void choosingARoutineOnTheCardSavesItAsTheRoutineThenStartsIt() throws Exception {
        IniSettingsStore store = new IniSettingsStore(dir.resolve("deskbreak.ini"), ManualClock.at("2026-11-25T09:00", "UTC"));
        Planner planner = new Planner(ManualClock.at("2026-11-25T09:00", "UTC"), store.load(), IdleSource.NONE);
        store.save(planner.settings());
        planner.start();
        java.util.List<String> routineAtStart = new java.util.ArrayList<>();
        planner.addListener(new org.deskbreak.core.PlannerListener() {
            @Override
            public void routineStarted() {
                routineAtStart.add(planner.settings().routineId());
            }
        });
        BreakActions actions = new BreakActions(planner, store, s -> { }, () -> { }, () -> { }, () -> { }, () -> { });

        actions.startRoutine("floor-tennis-ball").get(5, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(routineAtStart).containsExactly("floor-tennis-ball");
        assertThat(planner.snapshot().phase()).isEqualTo(org.deskbreak.core.Phase.IN_ROUTINE);
        assertThat(java.nio.file.Files.readString(dir.resolve("deskbreak.ini"))).contains("routine = floor-tennis-ball");
    }

    @Test
    void intervalChangesAndOtherChangesFromManyThreadsAreAllKept() throws Exception {
        IniSettingsStore store = new IniSettingsStore(dir.resolve("deskbreak.ini"), ManualClock.at("2026-11-25T09:00", "UTC"));
        Planner planner = new Planner(ManualClock.at("2026-11-25T09:00", "UTC"), store.load().withSnoozeLimitPerDay(0),
                IdleSource.NONE);
        store.save(planner.settings());
        planner.start();
        Settings start = planner.settings();
        BreakActions actions = new BreakActions(planner, store, s -> { }, () -> { }, () -> { }, () -> { }, () -> { });
        int rounds = 40;
        CountDownLatch go = new CountDownLatch(1);
        Thread menu = new Thread(() -> {
            await(go);
            for (int i = 0; i < rounds; i++) {
                actions.setInterval(Duration.ofMinutes(20 + i));
            }
        });
        Thread window = new Thread(() -> {
            await(go);
            for (int i = 0; i < rounds; i++) {
                actions.updateSettings(s -> s.withSnoozeLimitPerDay(s.snoozeLimitPerDay() + 1));
            }
        });
        menu.start();
        window.start();
        go.countDown();
        menu.join();
        window.join();

        Settings expected = start.withInterval(Duration.ofMinutes(20 + rounds - 1))
                .withSnoozeLimitPerDay(rounds);
        assertThat(planner.settings()).isEqualTo(expected);
        assertThat(new IniSettingsStore(dir.resolve("deskbreak.ini"), ManualClock.at("2026-11-25T09:00", "UTC")).load())
                .isEqualTo(expected);
    }


    // ---- saves asked for by a click run on the file thread

    @Test
    void theSettingsWindowsSaveIsWrittenAndAppliedOnTheFileThread() {
        FakeStore store = new FakeStore();
        Planner planner = new Planner(ManualClock.at("2026-03-02T09:00", "Europe/Paris"), Settings.defaults(), IdleSource.NONE);
        List<Runnable> fileWork = new ArrayList<>();
        List<SettingsNotSaved> told = new ArrayList<>();
        BreakActions actions = new BreakActions(planner, store, fileWork::add, s -> { }, told::add,
                () -> { }, () -> { }, () -> { }, () -> { });
        planner.start();

        CompletableFuture<Settings> done = actions.saveInBackground(s -> s.withSnoozeLength(Duration.ofMinutes(7)));

        assertThat(store.saved).isEmpty();
        assertThat(done).isNotDone();
        fileWork.forEach(Runnable::run);
        assertThat(store.saved).extracting(Settings::snoozeLength).containsExactly(Duration.ofMinutes(7));
        assertThat(planner.settings().snoozeLength()).isEqualTo(Duration.ofMinutes(7));
        assertThat(done).isCompleted();
        assertThat(told).as("the window shows its own failures").isEmpty();
    }

    @Test
    void aMenuChoiceThatCannotBeWrittenAppliesTellsTheUserAndFailsItsFuture() {
        FakeStore store = new FakeStore();
        store.diskFull = true;
        Planner planner = new Planner(ManualClock.at("2026-03-02T09:00", "Europe/Paris"), Settings.defaults(), IdleSource.NONE);
        List<Runnable> fileWork = new ArrayList<>();
        List<SettingsNotSaved> told = new ArrayList<>();
        BreakActions actions = new BreakActions(planner, store, fileWork::add, s -> { }, told::add,
                () -> { }, () -> { }, () -> { }, () -> { });
        planner.start();

        CompletableFuture<Settings> done = actions.chooseInterval(Duration.ofMinutes(25));
        fileWork.forEach(Runnable::run);

        assertThat(done).isCompletedExceptionally();
        assertThat(planner.settings().interval()).as("applies all the same").isEqualTo(Duration.ofMinutes(25));
        assertThat(told).singleElement().extracting(Throwable::getMessage).asString().contains("no space left");
    }

    /** Keeps what it is given in memory; with a full disk it refuses to store it, as the file store does. */
    private static final class FakeStore implements SettingsStore {
        final List<Settings> saved = new ArrayList<>();
        boolean diskFull;
        private Settings current = Settings.defaults();

        @Override
        public Settings load() {
            return current;
        }

        @Override
        public Settings current() {
            return current;
        }

        @Override
        public synchronized Settings update(UnaryOperator<Settings> change) {
            current = change.apply(current);
            if (diskFull) {
                throw new SettingsNotSaved("Could not save deskbreak.ini: no space left on device", current, null);
            }
            saved.add(current);
            return current;
        }

        @Override
        public void onExternalChange(Consumer<Settings> listener) {
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
