package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.EventQueue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deskbreak.history.Statistics;
import org.junit.jupiter.api.Test;

/** What the window reads when it opens; showing it needs a display and is left to the desktop tests. */
class StatsWindowTest {

    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void theCountsAreReadAfreshEachTime() {
        int[] reads = {0};
        StatsWindow window = new StatsWindow(messages, null, Runnable::run, () -> {
            reads[0]++;
            return Statistics.of(List.of(), ZoneId.of("Europe/Paris"), LocalDate.of(2026, 3, 5), 30);
        });

        window.readStatistics();
        Statistics second = window.readStatistics();

        assertThat(reads[0]).isEqualTo(2);
        assertThat(second.days()).hasSize(30);
    }

    @Test
    void aFailingHistoryShowsAnEmptyWeekInsteadOfNoWindow() {
        StatsWindow window = new StatsWindow(messages, null, Runnable::run, () -> {
            throw new IllegalStateException("history unreadable");
        });

        Statistics shown = window.readStatistics();

        assertThat(shown.days()).hasSize(StatsText.CHART_DAYS);
        assertThat(shown.totalBreaksTaken()).isZero();
        assertThat(new StatsText(messages).headline(shown)).isEqualTo("No breaks yet today");
    }

    // ---- threads

    @Test
    void openingHandsTheReadToTheFileThreadAndReadsNothingOnTheEventThread() {
        List<Runnable> fileWork = new ArrayList<>();
        List<Boolean> readOnEventThread = new ArrayList<>();
        StatsWindow window = new StatsWindow(messages, null, fileWork::add, () -> {
            readOnEventThread.add(EventQueue.isDispatchThread());
            return Statistics.of(List.of(), ZoneId.of("Europe/Paris"), LocalDate.of(2026, 3, 5), 30);
        });

        Edt.now(window::open, Duration.ofSeconds(10));

        assertThat(readOnEventThread).isEmpty();
        assertThat(fileWork).hasSize(1);
    }

    @Test
    void openingOffTheEventThreadIsRefusedOutright() {
        int[] reads = {0};
        StatsWindow window = new StatsWindow(messages, null, Runnable::run, () -> {
            reads[0]++;
            return new Statistics(List.of());
        });

        assertThatThrownBy(window::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("event thread");
        assertThat(reads[0]).isZero();
    }

    @Test
    void noDaysAtAllAlsoShowAnEmptyWeek() {
        StatsWindow window = new StatsWindow(messages, null, Runnable::run, () -> new Statistics(List.of()));

        assertThat(window.readStatistics().days()).hasSize(StatsText.CHART_DAYS);
    }
}
