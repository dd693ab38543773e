package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.deskbreak.core.ManualClock;
import org.junit.jupiter.api.Test;

class StepAnnouncerTest {

    private final ManualClock clock = ManualClock.at("2026-03-02T10:00:00", "Europe/Paris");
    private final List<String> log = new ArrayList<>();
    private final AtomicInteger chimes = new AtomicInteger();
    private final StepAnnouncer announcer = new StepAnnouncer(log::add, chimes::incrementAndGet);
    private final RoutineSession session = new RoutineSession(BuiltInRoutine.create(), clock, 1.0);

    @Test
    void theFirstStepIsLoggedWithoutAChime() {
        announcer.start(session);

        assertThat(log).containsExactly("routine step 1/7 setup-left");
        assertThat(chimes).hasValue(0);
    }

    @Test
    void eachStepChangeIsLoggedAndChimedOnce() {
        announcer.start(session);
        clock.advance(Duration.ofSeconds(9));
        session.update();
        announcer.observe(session);
        clock.advance(Duration.ofSeconds(2));
        session.update();
        announcer.observe(session);
        announcer.observe(session);

        assertThat(log).containsExactly("routine step 1/7 setup-left", "routine step 2/7 roll-left");
        assertThat(chimes).hasValue(1);
    }

    @Test
    void stepsTheUserJumpsToAreAnnouncedToo() {
        announcer.start(session);
        session.next();
        session.next();
        session.next();
        announcer.observe(session);
        session.back();
        announcer.observe(session);

        assertThat(log).containsExactly("routine step 1/7 setup-left", "routine step 4/7 switch",
                "routine step 3/7 hold-left");
        assertThat(chimes).hasValue(2);
    }

    @Test
    void theEndIsAnnouncedOnce() {
        announcer.start(session);
        clock.advance(Duration.ofMinutes(2));
        session.update();
        announcer.observe(session);
        announcer.observe(session);

        assertThat(log).containsExactly("routine step 1/7 setup-left", "routine done");
        assertThat(chimes).hasValue(1);
    }
}
