package org.deskbreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A real Quartz scheduler, real time: bounds are generous, waits are bounded. */
class QuartzWakeUpsTest {

    private static final Duration ON_TIME = Duration.ofMillis(200);
    private static final long PATIENCE_SECONDS = 5;

    /** Every tick, with the instant it ran. */
    private final BlockingQueue<Instant> ticks = new LinkedBlockingQueue<>();

    // ---- firing

    @Test
    void aWakeUpFiresWithinTwoHundredMillisecondsOfItsInstant() throws InterruptedException {
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick)) {
            Instant wanted = Instant.now().plusMillis(300);

            wakeUps.wakeAt(wanted);

            Instant firedAt = nextTick();
            assertThat(Duration.between(wanted, firedAt)).isBetween(Duration.ZERO, ON_TIME);
        }
    }

    @Test
    void aNewInstantReplacesThePlannedOne() throws InterruptedException {
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick)) {
            Instant now = Instant.now();
            Instant replaced = now.plusMillis(300);
            Instant wanted = now.plusMillis(600);

            wakeUps.wakeAt(replaced);
            wakeUps.wakeAt(wanted);

            Instant firedAt = nextTick();
            assertThat(Duration.between(wanted, firedAt)).isBetween(Duration.ZERO, ON_TIME);
            assertThat(ticks.poll(500, TimeUnit.MILLISECONDS)).as("a second tick").isNull();
            assertThat(wakeUps.nextWakeUp()).isEmpty();
        }
    }

    @Test
    void anInstantLongPastFiresAtOnce() throws InterruptedException {
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick)) {
            Instant asked = Instant.now();

            // What a laptop waking from sleep sees: the planned instant is ten minutes gone.
            wakeUps.wakeAt(asked.minus(Duration.ofMinutes(10)));

            Instant firedAt = nextTick();
            assertThat(Duration.between(asked, firedAt)).isBetween(Duration.ZERO, ON_TIME);
        }
    }

    @Test
    void anInstantJustPastFiresAtOnce() throws InterruptedException {
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick)) {
            Instant asked = Instant.now();

            wakeUps.wakeAt(asked.minusMillis(300));

            Instant firedAt = nextTick();
            assertThat(Duration.between(asked, firedAt)).isBetween(Duration.ZERO, ON_TIME);
        }
    }

    @Test
    void aTickThatPlansTheNextWakeUpIsWokenAgain() throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        QuartzWakeUps[] self = new QuartzWakeUps[1];
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(() -> replanOnce(self[0], count))) {
            self[0] = wakeUps;

            wakeUps.wakeAt(Instant.now().plusMillis(100));

            Instant first = nextTick();
            Instant second = nextTick();
            assertThat(Duration.between(first, second)).isBetween(Duration.ofMillis(200), Duration.ofMillis(200).plus(ON_TIME));
        }
    }

    // ---- failures

    @Test
    void aTickThatThrowsDoesNotStopTheNextWakeUp() throws InterruptedException {
        QuartzWakeUps[] self = new QuartzWakeUps[1];
        AtomicInteger count = new AtomicInteger();
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(() -> replanThenFailOnce(self[0], count))) {
            self[0] = wakeUps;

            wakeUps.wakeAt(Instant.now().plusMillis(100));

            Instant first = nextTick();
            Instant second = nextTick();
            assertThat(Duration.between(first, second)).isBetween(Duration.ofMillis(200), Duration.ofMillis(200).plus(ON_TIME));
        }
    }

    @Test
    void aTickThatThrowsBeforePlanningIsWokenAgainAfterTheRetryDelay() throws InterruptedException {
        Duration retry = Duration.ofMillis(300);
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTickThenFail,
                QuartzWakeUps.quartzProperties(), retry)) {

            wakeUps.wakeAt(Instant.now());

            Instant first = nextTick();
            Instant second = nextTick();
            assertThat(Duration.between(first, second)).isBetween(retry, retry.plus(ON_TIME));
        }
    }

    // ---- threads and output

    @Test
    void schedulerThreadsAreDaemonsAndCloseEndsThem() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick);
        wakeUps.wakeAt(Instant.now());
        nextTick();
        Set<Thread> ours = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .filter(t -> t.getName().startsWith("DeskBreak_"))
                .collect(Collectors.toSet());

        long closeStarted = System.nanoTime();
        wakeUps.close();
        Duration closing = Duration.ofNanos(System.nanoTime() - closeStarted);

        assertThat(ours).extracting(Thread::getName)
                .containsExactlyInAnyOrder(QuartzWakeUps.SCHEDULER_THREAD_NAME, SingleWorkerThreadPool.WORKER_NAME);
        assertThat(ours).allSatisfy(t -> assertThat(t.isDaemon()).as(t.getName() + " is a daemon").isTrue());
        assertThat(ours).allSatisfy(t -> assertThat(t.isAlive()).as(t.getName() + " alive after close").isFalse());
        assertThat(closing).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void wakeAtAfterCloseIsIgnored() throws InterruptedException {
        QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick);
        wakeUps.close();

        wakeUps.wakeAt(Instant.now());
        wakeUps.close();

        assertThat(ticks.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void nothingIsPrintedOnStandardOutput() throws InterruptedException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(this::recordTick)) {
            wakeUps.wakeAt(Instant.now().minus(Duration.ofMinutes(5)));
            nextTick();
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    // ---- helpers

    private void recordTick() {
        ticks.add(Instant.now());
    }

    private void recordTickThenFail() {
        recordTick();
        throw new IllegalStateException("deliberate failure before planning");
    }

    private void replanOnce(QuartzWakeUps wakeUps, AtomicInteger count) {
        recordTick();
        if (count.incrementAndGet() == 1) {
            wakeUps.wakeAt(Instant.now().plusMillis(200));
        }
    }

    private void replanThenFailOnce(QuartzWakeUps wakeUps, AtomicInteger count) {
        recordTick();
        if (count.incrementAndGet() == 1) {
            wakeUps.wakeAt(Instant.now().plusMillis(200));
            throw new IllegalStateException("deliberate failure after planning");
        }
    }

    private Instant nextTick() throws InterruptedException {
        Instant tick = ticks.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(tick).as("a tick within " + PATIENCE_SECONDS + " s").isNotNull();
        return tick;
    }
}
