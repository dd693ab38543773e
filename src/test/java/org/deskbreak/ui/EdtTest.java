package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.EventQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The named hops to the event thread; the event queue runs without a display. */
class EdtTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void nowRunsOnTheEventThreadAndGivesBackItsResult() {
        assertThat(Edt.now(EventQueue::isDispatchThread, PATIENCE)).isTrue();
    }

    @Test
    void nowOnTheEventThreadRunsAtOnceInsteadOfWaitingForItself() {
        List<String> order = new ArrayList<>();

        Edt.now(() -> {
            Edt.now(() -> order.add("inner"), PATIENCE);
            order.add("outer");
        }, PATIENCE);

        assertThat(order).containsExactly("inner", "outer");
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        assertThatThrownBy(() -> Edt.now(() -> {
            throw new IllegalArgumentException("bad value 17");
        }, PATIENCE)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad value 17");
    }

    @Test
    void aBlockedEventThreadIsReportedAsALikelyDeadlockInsteadOfAHang() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        Edt.later(() -> {
            blocked.countDown();
            awaitQuietly(release);
        });
        blocked.await();
        boolean[] ran = {false};
        try {
            assertThatThrownBy(() -> Edt.now(() -> ran[0] = true, Duration.ofMillis(50)))
                    .isInstanceOf(Edt.EventThreadTimeout.class)
                    .hasMessageContaining("did not answer within 50 ms")
                    .hasMessageContaining("awaitQuietly");   // where the event thread is stuck
        } finally {
            release.countDown();
        }
        Edt.now(() -> { }, PATIENCE);
        assertThat(ran[0]).as("work given up on is not run later behind the caller's back").isFalse();
    }

    @Test
    void laterRunsInTheOrderGiven() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Edt.later(() -> order.add(n));
        }

        Edt.now(() -> { }, PATIENCE);

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void checkPassesOnTheEventThreadOnly() {
        Edt.now(Edt::check, PATIENCE);

        assertThatThrownBy(Edt::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event thread").hasMessageContaining(Thread.currentThread().getName());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
