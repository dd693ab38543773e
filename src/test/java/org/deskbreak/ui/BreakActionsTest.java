package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.settings.IniSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Settings changes from several threads at once: none undoes another, and planner and file agree. */
@Timeout(60)
class BreakActionsTest {

    @TempDir
    Path dir;

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

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
