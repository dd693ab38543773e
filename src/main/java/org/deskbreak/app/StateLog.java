package org.deskbreak.app;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.Phase;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.PlannerState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the planner's transitions to the log file: what a person reading the log after a
 * surprise wants to see, and what the desktop tests read back. Only changes are written, not
 * the planner's once-a-minute heartbeat.
 */
final class StateLog implements PlannerListener {

    private static final Logger log = LoggerFactory.getLogger(StateLog.class);

    private Phase lastPhase;
    private Optional<Instant> lastNext = Optional.empty();
    private boolean lastPaused;
    private long lastInterval;

    @Override
    public synchronized void stateChanged(PlannerState s) {
        long interval = s.interval().toSeconds();
        if (s.phase() == lastPhase && s.nextBreakAt().equals(lastNext) && s.paused() == lastPaused
                && interval == lastInterval) {
            return;
        }
        lastPhase = s.phase();
        lastNext = s.nextBreakAt();
        lastPaused = s.paused();
        lastInterval = interval;
        log.info("state phase={} next={} paused={} interval={}s snoozesLeft={} waiting={}", s.phase(),
                s.nextBreakAt().map(Objects::toString).orElse("-"), s.paused(), interval, s.snoozesLeft(), s.waiting());
    }

    @Override
    public void breakSoon(Instant dueAt) {
        log.info("break soon at {}", dueAt);
    }

    @Override
    public void breakDue(boolean renudge) {
        log.info("break due renudge={}", renudge);
    }

    @Override
    public void routineStarted() {
        log.info("routine started");
    }

    @Override
    public void routineToFront() {
        log.info("routine brought to the front");
    }

    @Override
    public void routineEnded() {
        log.info("routine ended away from its window");
    }

    @Override
    public void recorded(BreakEvent event) {
        log.info("recorded {} start={} end={}", event.kind(), event.start(),
                event.end().map(Objects::toString).orElse("-"));
    }
}
