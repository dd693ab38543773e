package org.deskbreak.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.core.PlannerListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLogTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-11-23T09:45:00Z");

    @Test
    void eventsRoundTripInOrder() {
        HistoryLog log = new HistoryLog(dir.resolve("data/history.csv"));
        List<BreakEvent> written = List.of(
                BreakEvent.of(EventKind.COMPLETED, T, T.plusSeconds(120)),
                BreakEvent.of(EventKind.PAUSED, T.plusSeconds(600), null),
                BreakEvent.of(EventKind.SNOOZED, T.plusSeconds(700), T.plusSeconds(1300)));

        written.forEach(log::append);

        assertThat(log.read()).containsExactlyElementsOf(written);
    }

    @Test
    void aTornOrForeignLineIsSkippedAndTheRestKept() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryLog log = new HistoryLog(file);
        log.append(BreakEvent.of(EventKind.SKIPPED, T, T.plusSeconds(5)));
        Files.writeString(file, "COMPLETED,2026-11-23T1\nnot,a line\u0000\nWHAT,2026-11-23T09:45:00Z,\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        log.append(BreakEvent.of(EventKind.NATURAL, T.plusSeconds(60), T.plusSeconds(600)));

        assertThat(log.read()).extracting(BreakEvent::kind).containsExactly(EventKind.SKIPPED, EventKind.NATURAL);
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertThat(new HistoryLog(dir.resolve("none.csv")).read()).isEmpty();
    }

    @Test
    void onlyTheNewestPartOfAHugeFileIsRead() throws Exception {
        Path file = dir.resolve("history.csv");
        byte[] junk = new byte[HistoryLog.READ_LIMIT_BYTES + 1000];
        java.util.Arrays.fill(junk, (byte) 'x');
        Files.write(file, junk);
        HistoryLog log = new HistoryLog(file);
        log.append(BreakEvent.of(EventKind.COMPLETED, T, T.plusSeconds(120)));

        assertThat(log.read()).extracting(BreakEvent::kind).containsExactly(EventKind.COMPLETED);
    }

    // ---- whatever sits at the path

    @Test
    void aFifoInItsPlaceNeitherBlocksAnAppendNorAReadAndIsLeftAlone() throws Exception {
        Path fifo = dir.resolve("history.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        HistoryLog log = new HistoryLog(fifo);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            log.append(BreakEvent.of(EventKind.SKIPPED, T, T.plusSeconds(5)));
            assertThat(log.read()).isEmpty();
        });
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void anAppendNeverWritesThroughAPlantedLink() throws Exception {
        Path target = Files.writeString(dir.resolve("precious.txt"), "mine\n");
        Path link = Files.createSymbolicLink(dir.resolve("history.csv"), target);

        new HistoryLog(link).append(BreakEvent.of(EventKind.SKIPPED, T, T.plusSeconds(5)));

        assertThat(Files.readString(target)).isEqualTo("mine\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLinkToADanglingPathIsNotFollowedToCreateAFile() throws Exception {
        Path nowhere = dir.resolve("elsewhere/created-by-us.csv");
        Files.createDirectories(nowhere.getParent());
        Path link = Files.createSymbolicLink(dir.resolve("history.csv"), nowhere);

        new HistoryLog(link).append(BreakEvent.of(EventKind.SKIPPED, T, T.plusSeconds(5)));

        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aLinkIsNotFollowedToReadAnotherFile() throws Exception {
        Path elsewhere = dir.resolve("other.csv");
        new HistoryLog(elsewhere).append(BreakEvent.of(EventKind.COMPLETED, T, T.plusSeconds(120)));
        Path link = Files.createSymbolicLink(dir.resolve("history.csv"), elsewhere);

        assertThat(new HistoryLog(link).read()).isEmpty();
    }

    // ---- the planner's listener

    @Test
    void theRecorderOnlyHandsTheEventOnAndTheFileWorkWritesThemInOrder() {
        Path file = dir.resolve("history.csv");
        HistoryLog log = new HistoryLog(file);
        List<Runnable> queued = new ArrayList<>();
        PlannerListener recorder = log.recorder(queued::add);
        List<BreakEvent> events = List.of(
                BreakEvent.of(EventKind.SNOOZED, T, T.plusSeconds(600)),
                BreakEvent.of(EventKind.COMPLETED, T.plusSeconds(700), T.plusSeconds(820)));

        events.forEach(recorder::recorded);

        assertThat(file).doesNotExist();
        assertThat(queued).hasSize(2);
        queued.forEach(Runnable::run);
        assertThat(log.read()).containsExactlyElementsOf(events);
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void statisticsCountEachDayOfTheSpan() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<BreakEvent> events = List.of(
                BreakEvent.of(EventKind.COMPLETED, Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:02:00Z")),
                BreakEvent.of(EventKind.SKIPPED, Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:01:00Z")),
                BreakEvent.of(EventKind.COMPLETED, Instant.parse("2026-11-23T11:00:00Z"), Instant.parse("2026-11-23T11:02:00Z")),
                BreakEvent.of(EventKind.PARTIAL, Instant.parse("2026-11-23T22:59:00Z"), Instant.parse("2026-11-23T23:01:00Z")),
                BreakEvent.of(EventKind.COMPLETED, Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:02:00Z")));

        Statistics s = Statistics.of(events, zone, LocalDate.parse("2026-11-24"), 7);

        assertThat(s.days()).hasSize(7);
        assertThat(s.days().get(0).date()).isEqualTo(LocalDate.parse("2026-11-18"));
        assertThat(s.days().get(2).completed()).isEqualTo(1);   // 20 Nov
        Statistics.Day monday = s.days().get(5);
        assertThat(monday.date()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(monday.completed()).isEqualTo(1);
        assertThat(monday.skipped()).isEqualTo(1);
        assertThat(s.today().partial()).isEqualTo(1);         // 00:01 Berlin time on the 24th
        assertThat(s.totalBreaksTaken()).isEqualTo(3);
        assertThat(s.todayTally().partial()).isEqualTo(1);
    }
}
