package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The one background thread for file work: in order, off every caller's thread, drained on the way out. */
class FileWorkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final FileWork files = new FileWork("deskbreak-files-test");

    @Test
    void tasksRunOneAtATimeInTheOrderHandedOverOnItsOwnNamedDaemonThread() {
        List<String> ran = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            files.execute(() -> ran.add(n + " " + Thread.currentThread().getName() + " " + Thread.currentThread().isDaemon()));
        }

        assertThat(files.drain(PATIENCE)).isTrue();

        assertThat(ran).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(ran.get(i)).isEqualTo(i + " deskbreak-files-test true");
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesBehindIt() {
        List<String> ran = new CopyOnWriteArrayList<>();
        files.execute(() -> {
            throw new IllegalStateException("disk full");
        });
        files.execute(() -> ran.add("after"));

        files.drain(PATIENCE);

        assertThat(ran).containsExactly("after");
    }

    @Test
    void drainingWaitsOnlySoLongForAStuckTask() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        files.execute(() -> {
            started.countDown();
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();

        try {
            assertThat(files.drain(Duration.ofMillis(50))).isFalse();
        } finally {
            stuck.countDown();
        }
    }

    @Test
    void workHandedOverAfterDrainingIsRefusedWithoutThrowing() {
        List<String> ran = new CopyOnWriteArrayList<>();
        files.drain(PATIENCE);

        files.execute(() -> ran.add("late"));

        assertThat(ran).isEmpty();
    }
}
