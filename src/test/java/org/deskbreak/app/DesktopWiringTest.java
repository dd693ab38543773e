package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.platform.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real parts, on a throwaway data folder. */
class DesktopWiringTest {

    @TempDir
    Path home;

    @Test
    void aHistoryLineFromTheYearOfABillionDoesNotStopTheStart() throws Exception {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("run"));
        Files.createDirectories(dirs.data());
        // Today's line: a minute ago, but never before midnight, or the test fails just after it.
        Instant now = Instant.now();
        Instant midnight = java.time.LocalDate.now(ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant();
        Instant aMinuteAgo = now.minusSeconds(60).isBefore(midnight) ? midnight : now.minusSeconds(60);
        Files.writeString(dirs.data().resolve("history.csv"),
                "COMPLETED,+1000000000-12-31T23:59:59Z,\n"
                        + "NATURAL,-1000000000-01-01T00:00:00Z,+1000000000-12-31T23:59:59Z\n"
                        + "COMPLETED," + aMinuteAgo + "," + now + "\n", StandardCharsets.UTF_8);
        Planner planner = new Planner(Clock.systemDefaultZone(), Settings.defaults(), IdleSource.NONE);

        new DesktopWiring(dirs, 1.0, List.of()).attachHistory(planner, Runnable::run);

        assertThat(planner.snapshot().today().completed()).isEqualTo(1);
        assertThat(planner.snapshot().today().natural()).isZero();
    }

    @Test
    void thePlannersOutcomesAreWrittenByTheFileWorkNotInsideThePlannersLock() throws Exception {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("run"));
        Path history = dirs.data().resolve("history.csv");
        Planner planner = new Planner(Clock.systemDefaultZone(), Settings.defaults(), IdleSource.NONE);
        List<Runnable> fileWork = new ArrayList<>();
        new DesktopWiring(dirs, 1.0, List.of()).attachHistory(planner, fileWork::add);
        planner.start();

        planner.startRoutine();
        planner.finishRoutine(true);
        planner.pause(Pause.untilResumed());

        assertThat(history).doesNotExist();
        fileWork.forEach(Runnable::run);
        assertThat(Files.readAllLines(history)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("COMPLETED", "PAUSED");
    }
}
