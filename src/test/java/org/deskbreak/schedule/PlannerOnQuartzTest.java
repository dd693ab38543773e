package org.deskbreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.WakeUpScheduler;
import org.junit.jupiter.api.Test;

/** The real planner on the real scheduler, wired as Main wires them. */
class PlannerOnQuartzTest {

    private final BlockingQueue<Instant> asked = new LinkedBlockingQueue<>();

    @Test
    void aStartedPlannerIsWokenWithinAMinuteAndPlansAgainWhenWoken() throws InterruptedException {
        Planner planner = new Planner(Clock.systemUTC(), Settings.defaults().withInterval(Duration.ofMinutes(20)),
                IdleSource.NONE);
        try (QuartzWakeUps wakeUps = QuartzWakeUps.start(planner::tick)) {
            planner.setWakeUpScheduler(new Recording(wakeUps));
            Instant started = Instant.now();

            planner.start();

            Instant first = nextAsked();
            assertThat(first).isAfter(started).isBeforeOrEqualTo(Instant.now().plus(Defaults.HEARTBEAT));
            assertThat(wakeUps.nextWakeUp()).hasValueSatisfying(at -> assertThat(at).isBetween(first, first.plusMillis(1)));

            // The heartbeat arriving: Quartz runs the tick, and the planner plans its next wake-up from inside it.
            Instant woken = Instant.now();
            wakeUps.wakeAt(woken);

            Instant second = nextAsked();
            assertThat(second).isAfter(woken).isBeforeOrEqualTo(Instant.now().plus(Defaults.HEARTBEAT));
            assertThat(wakeUps.nextWakeUp()).hasValueSatisfying(at -> assertThat(at).isBetween(second, second.plusMillis(1)));
        }
    }

    private Instant nextAsked() throws InterruptedException {
        Instant when = asked.poll(5, TimeUnit.SECONDS);
        assertThat(when).as("the planner asked to be woken").isNotNull();
        return when;
    }

    /** Passes each request on, then notes it, so a noted request is already planned. */
    private final class Recording implements WakeUpScheduler {
        private final WakeUpScheduler target;

        Recording(WakeUpScheduler target) {
            this.target = target;
        }

        @Override
        public void wakeAt(Instant when) {
            target.wakeAt(when);
            asked.add(when);
        }
    }
}
