package org.deskbreak.app;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.deskbreak.core.BusySource;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.MomentCheck;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the planner's question "is now a good moment for the reminder?": on a thread of its
 * own, never the scheduler's (which holds the planner's lock) nor the event thread, it asks the
 * desktop's busy signals and the idle source, then hands the answer back to the planner.
 */
final class MomentWatch implements PlannerListener {

    private static final Logger log = LoggerFactory.getLogger(MomentWatch.class);

    private final Planner planner;
    private final BusySource busy;
    private final IdleSource idle;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deskbreak-moment");
        t.setDaemon(true);
        return t;
    });
    private String lastBusy = "";   // touched on the moment thread only

    MomentWatch(Planner planner, BusySource busy, IdleSource idle) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.busy = Objects.requireNonNull(busy, "busy");
        this.idle = Objects.requireNonNull(idle, "idle");
    }

    @Override
    public void momentWanted(boolean askBusy, boolean askInput) {
        thread.execute(() -> check(askBusy, askInput));
    }

    private void check(boolean askBusy, boolean askInput) {
        Optional<String> why = askBusy ? busyBecause() : Optional.empty();
        Optional<Duration> sinceInput = askInput ? idleTime() : Optional.empty();
        String now = why.orElse("");
        if (!now.equals(lastBusy)) {
            if (why.isPresent()) {
                log.info("the due break waits: {}", now);
            } else if (askBusy) {
                log.info("no longer busy");
            }
            lastBusy = now;
        }
        planner.momentChecked(why.map(w -> MomentCheck.busy(w, sinceInput)).orElseGet(() -> MomentCheck.free(sinceInput)));
    }

    private Optional<String> busyBecause() {
        try {
            return busy.busyBecause();
        } catch (RuntimeException e) {
            log.warn("asking whether the user is busy failed; counting it as not busy", e);
            return Optional.empty();
        }
    }

    private Optional<Duration> idleTime() {
        try {
            return idle.idleTime();
        } catch (RuntimeException e) {
            log.warn("reading the idle time failed", e);
            return Optional.empty();
        }
    }
}
