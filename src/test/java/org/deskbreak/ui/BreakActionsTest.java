package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;
import org.junit.jupiter.api.Test;

/** A save asked for by a click is handed to the file thread; the click itself writes nothing. */
class BreakActionsTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
    private final List<Settings> saved = new ArrayList<>();
    private final List<Runnable> fileWork = new ArrayList<>();
    private boolean diskFull;
    private final BreakActions actions = new BreakActions(planner, store(), fileWork::add, s -> { },
            () -> { }, () -> { }, () -> { }, () -> { });

    @Test
    void theSettingsWindowsSaveIsWrittenAndAppliedOnTheFileThread() {
        planner.start();
        Settings edited = Settings.defaults().withSnoozeLength(Duration.ofMinutes(7));

        CompletableFuture<Void> done = actions.saveInBackground(edited);

        assertThat(saved).isEmpty();
        assertThat(done).isNotDone();
        fileWork.forEach(Runnable::run);
        assertThat(saved).containsExactly(edited);
        assertThat(planner.settings().snoozeLength()).isEqualTo(Duration.ofMinutes(7));
        assertThat(done).isCompleted();
    }

    @Test
    void aSaveThatFailsThereSaysSoThroughItsFuture() {
        planner.start();
        diskFull = true;

        CompletableFuture<Void> done = actions.chooseInterval(Duration.ofMinutes(25));
        fileWork.forEach(Runnable::run);

        assertThat(done).isCompletedExceptionally();
        assertThat(planner.settings().interval()).isEqualTo(Settings.defaults().interval());
    }

    private SettingsStore store() {
        return new SettingsStore() {
            @Override
            public Settings load() {
                return Settings.defaults();
            }

            @Override
            public void save(Settings settings) {
                if (diskFull) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                }
                saved.add(settings);
            }

            @Override
            public void onExternalChange(Consumer<Settings> listener) {
            }
        };
    }
}
