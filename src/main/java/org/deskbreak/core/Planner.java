package org.deskbreak.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The break planner: a state machine fed by time. It never waits and never starts a thread;
 * it reads the injected {@link Clock} whenever it is called, decides, tells its listeners, and
 * names the next instant it needs to be woken ({@link WakeUpScheduler}). All methods are
 * thread-safe (one lock).
 *
 * <p>Time is measured from an anchor, the start of the current stretch of work: the next
 * break falls due one interval after it, unless a snooze says otherwise.
 *
 * <p>The routine has a window, and the planner is never in {@link Phase#IN_ROUTINE} without it:
 * starting the routine asks for the window ({@link PlannerListener#routineStarted()}), and the
 * window, however it goes, says so ({@link #routineClosed()}). Until then another start only
 * brings the window (the routine, or its end screen) to the front.
 *
 * <p>A due break may wait for the right moment ({@link Timing}): the planner asks its listeners
 * ({@link PlannerListener#momentWanted}) and is told the answer ({@link #momentChecked}); it
 * never asks the desktop itself. While it waits the break is due (the tray says so) but its
 * reminder is held back: while the user is busy, asked again every {@link Defaults#BUSY_RECHECK}
 * up to the busy limit; then until {@link Defaults#TYPING_PAUSE} passes without input, up to
 * {@link Defaults#TYPING_WAIT_MAX}.
 */
public final class Planner {

    /** How far the clock may step back before it counts as a jump (timer jitter). */
    private static final Duration BACKWARD_TOLERANCE = Duration.ofSeconds(2);

    private final Clock clock;
    private final IdleSource idle;
    private final List<PlannerListener> listeners = new CopyOnWriteArrayList<>();
    private WakeUpScheduler wakeUps = WakeUpScheduler.NONE;
    private Settings settings;

    private Phase phase = Phase.COUNTING;
    private Instant anchor;
    private Instant nextBreakAt;
    private boolean snoozed;
    private boolean noticeGiven;
    private boolean prepared;       // listeners were told the break is near
    private Instant dueSince;
    private Instant lastNudge;
    private Instant routineStartedAt;
    private boolean routineShowing;  // the routine window (steps or end screen) is up, or being built

    private boolean paused;
    private Instant pausedAt;
    private Instant pausedUntil;   // null while paused until resumed
    private Duration pauseLength;  // null unless a timed pause

    private LocalDate today;
    private int snoozesUsed;
    private DayTally tally = DayTally.EMPTY;

    private Instant lastSeen;
    private Instant startedAt;
    private Instant expectedWake;
    private boolean idleBreak;
    private boolean started;

    // The right moment for a due break's reminder.
    private boolean held;           // due, but the reminder waits
    private boolean busyStage;      // still asking whether the user is busy (else: only for a typing pause)
    private boolean busyWaited;     // the user was busy at least once for this break
    private Instant askedAt;        // a question is out, unanswered, since then
    private Instant askAgainAt;     // when to ask next; null while a question is out
    private Instant typingSince;    // the wait for a pause in typing began then

    public Planner(Clock clock, Settings settings, IdleSource idle) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.idle = Objects.requireNonNull(idle, "idle");
    }

    public void addListener(PlannerListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public synchronized void setWakeUpScheduler(WakeUpScheduler scheduler) {
        this.wakeUps = Objects.requireNonNull(scheduler, "scheduler");
        if (started) {
            scheduleNextWake(clock.instant());
        }
    }

    /**
     * Carries today's counts over a restart (from history), so the tooltip and the daily snooze
     * limit stay true after the app is restarted.
     */
    public synchronized void restoreToday(DayTally counts) {
        Objects.requireNonNull(counts, "counts");
        today = localDate(clock.instant());
        tally = counts;
        snoozesUsed = counts.snoozed();
    }

    /** Starts counting from now. */
    public synchronized void start() {
        Instant now = clock.instant();
        started = true;
        if (today == null) {
            today = localDate(now);
        }
        lastSeen = now;
        startedAt = now;
        restartInterval(now);
        settle(now);
    }

    /** Called by the scheduler at (or after) the instant the planner asked for. */
    public synchronized void tick() {
        if (!started) {
            return;
        }
        settle(clock.instant());
    }

    // ---- user actions --------------------------------------------------------------------

    /** Puts off the due break by the configured snooze length. */
    public synchronized ActionResult snooze() {
        return snooze(settings.snoozeLength());
    }

    public synchronized ActionResult snooze(Duration length) {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("snooze must be longer than zero: " + length);
        }
        Instant now = observe();
        Optional<Refusal> refusal = snoozeRefusal(phase, snoozesLeft());
        if (refusal.isPresent()) {
            return ActionResult.refused(refusal.get());
        }
        snoozesUsed++;
        Instant until = now.plus(length);
        record(BreakEvent.of(EventKind.SNOOZED, now, until));
        nextBreakAt = until;
        boolean inRoutine = phase == Phase.IN_ROUTINE;
        snoozed = true;
        noticeGiven = false;
        prepared = false;
        dueSince = null;
        clearHold();
        routineStartedAt = null;
        phase = Phase.COUNTING;
        if (inRoutine) {
            fireRoutineEnded();
        }
        settle(now);
        return ActionResult.ok();
    }

    /**
     * Skips the due break; the next interval starts now. During the routine it ends the routine
     * early, as its Finish button does (a partial break), and closes its window.
     */
    public synchronized ActionResult skip() {
        Instant now = observe();
        if (phase == Phase.IN_ROUTINE) {
            record(BreakEvent.of(EventKind.PARTIAL, routineStartedAt, now));
            restartInterval(now);
            fireRoutineEnded();
        } else if (phase == Phase.DUE) {
            record(BreakEvent.of(EventKind.SKIPPED, dueSince, now));
            restartInterval(now);
        } else {
            return ActionResult.refused(Refusal.NOTHING_DUE);
        }
        settle(now);
        return ActionResult.ok();
    }

    /**
     * Starts the routine now, whether a break is due or not; it counts as a break. While the
     * routine's window is up (the routine, or its end screen) it starts no other: the window is
     * brought to the front and the answer says so.
     */
    public synchronized ActionResult startRoutine() {
        Instant now = observe();
        if (routineShowing) {
            fireRoutineToFront();
            return ActionResult.refused(Refusal.ROUTINE_SHOWING);
        }
        routineShowing = true;
        clearHold();
        phase = Phase.IN_ROUTINE;
        routineStartedAt = now;
        dueSince = null;
        fireRoutineStarted();
        settle(now);
        return ActionResult.ok();
    }

    /**
     * The routine window is gone, whatever took it (Finish, Close, Esc, its close box, the
     * window manager, a failure while building it). A routine still running ends as partial.
     */
    public synchronized void routineClosed() {
        Instant now = observe();
        routineShowing = false;
        if (phase == Phase.IN_ROUTINE) {
            record(BreakEvent.of(EventKind.PARTIAL, routineStartedAt, now));
            restartInterval(now);
        }
        settle(now);
    }

    /** Ends the routine: {@code completed} when it ran to its end, else it is recorded as partial. */
    public synchronized ActionResult finishRoutine(boolean completed) {
        Instant now = observe();
        if (phase != Phase.IN_ROUTINE) {
            return ActionResult.refused(Refusal.NOT_IN_ROUTINE);
        }
        record(BreakEvent.of(completed ? EventKind.COMPLETED : EventKind.PARTIAL, routineStartedAt, now));
        restartInterval(now);
        settle(now);
        return ActionResult.ok();
    }

    public synchronized ActionResult pause(Pause how) {
        Objects.requireNonNull(how, "how");
        Instant now = observe();
        paused = true;
        pausedAt = now;
        if (how instanceof Pause.For p) {
            pauseLength = p.length();
            pausedUntil = now.plus(p.length());
        } else if (how instanceof Pause.UntilTomorrowMorning) {
            pauseLength = null;
            pausedUntil = tomorrowMorning(now);
        } else {
            pauseLength = null;
            pausedUntil = null;
        }
        record(BreakEvent.of(EventKind.PAUSED, now, pausedUntil));
        if (phase != Phase.IN_ROUTINE) {
            phase = Phase.PAUSED;
            dueSince = null;
            clearHold();
        }
        settle(now);
        return ActionResult.ok();
    }

    public synchronized ActionResult resume() {
        Instant now = observe();
        if (!paused) {
            return ActionResult.refused(Refusal.NOT_PAUSED);
        }
        endPause(now);
        settle(now);
        return ActionResult.ok();
    }

    /**
     * New settings take effect at once. A new interval re-plans from the time already worked:
     * 35 minutes into a 45-minute interval, switching to 30 makes the break due now.
     */
    public synchronized void applySettings(Settings newSettings) {
        Objects.requireNonNull(newSettings, "newSettings");
        Instant now = observe();
        boolean intervalChanged = !newSettings.interval().equals(settings.interval());
        settings = newSettings;
        if (intervalChanged && !snoozed && anchor != null) {
            nextBreakAt = anchor.plus(settings.interval());
            noticeGiven = false;
            prepared = false;
        }
        settle(now);
    }

    /**
     * The answer to {@link PlannerListener#momentWanted}: shows the held reminder, or waits on.
     * An answer nobody waits for (the break was taken, skipped or snoozed meanwhile) is dropped.
     */
    public synchronized void momentChecked(MomentCheck answer) {
        Objects.requireNonNull(answer, "answer");
        if (!held || askedAt == null) {
            return;
        }
        Instant now = observe();
        askedAt = null;
        Timing timing = settings.timing();
        if (busyStage) {
            if (timing.waitWhileBusy() && answer.busy() && now.isBefore(busyDeadline())) {
                busyWaited = true;
                askAgainAt = now.plus(Defaults.BUSY_RECHECK);
                settle(now);
                return;
            }
            busyStage = false;
        }
        Optional<Duration> sinceInput = answer.sinceInput();
        if (timing.waitForTypingPause() && sinceInput.isPresent()
                && sinceInput.get().compareTo(Defaults.TYPING_PAUSE) < 0) {
            if (typingSince == null) {
                typingSince = now;
            }
            if (now.isBefore(typingSince.plus(Defaults.TYPING_WAIT_MAX))) {
                Duration quietStillNeeded = Defaults.TYPING_PAUSE.minus(sinceInput.get().isNegative()
                        ? Duration.ZERO : sinceInput.get());
                askAgainAt = now.plus(quietStillNeeded);
                settle(now);
                return;
            }
        }
        release(now);
        settle(now);
    }

    // ---- queries ------------------------------------------------------------------------

    public synchronized PlannerState snapshot() {
        Instant now = clock.instant();
        return new PlannerState(phase, now,
                Optional.ofNullable(phase == Phase.OFF_HOURS ? firstBreakAfterOpening(now) : nextBreakAt),
                paused,
                Optional.ofNullable(paused ? pausedUntil : null),
                Optional.ofNullable(dueSince),
                Optional.ofNullable(routineStartedAt),
                snoozesLeft(),
                tally,
                settings,
                held);
    }

    public synchronized Settings settings() {
        return settings;
    }

    /** Why snoozing is not possible now, if it is not: a pure decision for the menu and the planner. */
    public static Optional<Refusal> snoozeRefusal(Phase phase, int snoozesLeft) {
        if (phase != Phase.DUE && phase != Phase.IN_ROUTINE) {
            return Optional.of(Refusal.NOTHING_DUE);
        }
        if (snoozesLeft <= 0) {
            return Optional.of(Refusal.SNOOZE_LIMIT_REACHED);
        }
        return Optional.empty();
    }

    // ---- the machine ---------------------------------------------------------------------

    /** Reads the clock for a user action, first accounting for any jump since we last looked. */
    private Instant observe() {
        Instant now = clock.instant();
        if (started) {
            rollDay(now);
            detectJumps(now);
        }
        return now;
    }

    /** Applies everything time has brought up to {@code now}, tells listeners, asks for the next wake. */
    private void settle(Instant now) {
        rollDay(now);
        detectJumps(now);
        checkIdle(now);

        if (paused && pausedUntil != null && !now.isBefore(pausedUntil)) {
            endPause(now);
        }
        if (phase == Phase.OFF_HOURS && settings.workingHours().contains(now, zone())) {
            restartInterval(now);
        }
        if (phase == Phase.COUNTING) {
            if (!settings.workingHours().contains(now, zone())) {
                phase = Phase.OFF_HOURS;
            } else if (!now.isBefore(nextBreakAt)) {
                phase = Phase.DUE;
                dueSince = now;
                lastNudge = now;
                if (settings.timing().waitsForAnything()) {
                    hold(now);
                } else {
                    fireBreakDue(false);
                }
            } else {
                if (!noticeGiven && noticeAt() != null && !now.isBefore(noticeAt())) {
                    noticeGiven = true;
                    fireBreakSoon(nextBreakAt);
                }
                if (!prepared && prepareAt() != null && !now.isBefore(prepareAt())) {
                    prepared = true;
                    fireBreakNear(nextBreakAt);
                }
            }
        } else if (phase == Phase.DUE && held) {
            waitForTheMoment(now);
        } else if (phase == Phase.DUE && !now.isBefore(lastNudge.plus(Defaults.RENUDGE))) {
            lastNudge = now;
            fireBreakDue(true);
        }
        lastSeen = now;
        scheduleNextWake(now);
        fireStateChanged();
    }

    private void detectJumps(Instant now) {
        if (expectedWake != null && now.isAfter(expectedWake.plus(Defaults.ROUTINE_LENGTH))) {
            // We were not woken when we asked: the machine slept or the clock leapt forward.
            Instant awayFrom = lastSeen.isBefore(expectedWake) ? expectedWake : lastSeen;
            expectedWake = null;
            if (phase == Phase.COUNTING || phase == Phase.DUE) {
                record(BreakEvent.of(EventKind.NATURAL, awayFrom, now));
                restartInterval(now);
            }
        } else if (lastSeen != null && now.isBefore(lastSeen.minus(BACKWARD_TOLERANCE))) {
            // The clock went back: never let that push a break more than one interval away.
            Instant latest = now.plus(settings.interval());
            if (nextBreakAt != null && nextBreakAt.isAfter(latest)) {
                nextBreakAt = latest;
            }
            if (anchor != null && anchor.isAfter(now)) {
                anchor = now;
            }
            if (pausedUntil != null && pauseLength != null && pausedUntil.isAfter(now.plus(pauseLength))) {
                pausedUntil = now.plus(pauseLength);
            }
            if (dueSince != null && dueSince.isAfter(now)) {
                dueSince = now;
            }
            if (lastNudge != null && lastNudge.isAfter(now)) {
                lastNudge = now;
            }
            expectedWake = null;
        }
        lastSeen = now;
    }

    private void checkIdle(Instant now) {
        Optional<Duration> idleFor = idle.idleTime();
        if (idleFor.isEmpty()) {
            return;
        }
        // Only time away while DeskBreak ran counts: the idle count of a desktop left alone
        // before it started is not a break DeskBreak saw, and the interval starts at start anyway.
        Duration away = idleFor.get();
        Duration running = Duration.between(startedAt, now);
        if (away.compareTo(running) > 0 && !running.isNegative()) {
            away = running;
        }
        if (away.compareTo(settings.idleReset()) >= 0) {
            if (phase == Phase.COUNTING || phase == Phase.DUE) {
                if (!idleBreak) {
                    record(BreakEvent.of(EventKind.NATURAL, now.minus(away), now));
                    idleBreak = true;
                }
                restartInterval(now);
            }
        } else if (idleBreak) {
            // Back at the desk: the stretch of work began when the user came back.
            idleBreak = false;
            if (phase == Phase.COUNTING) {
                restartInterval(now.minus(away));
            }
        }
    }

    /** The reminder waits: ask whether now is a good moment. */
    private void hold(Instant now) {
        held = true;
        busyStage = settings.timing().waitWhileBusy();
        busyWaited = false;
        typingSince = null;
        ask(now);
    }

    /** While held: ask again when due, give up waiting at the limits, treat silence as "not busy". */
    private void waitForTheMoment(Instant now) {
        Timing timing = settings.timing();
        boolean overBusyLimit = busyWaited && !now.isBefore(busyDeadline());
        boolean overTypingLimit = typingSince != null && !now.isBefore(typingSince.plus(Defaults.TYPING_WAIT_MAX));
        boolean unanswered = askedAt != null && !now.isBefore(askedAt.plus(Defaults.MOMENT_ANSWER_TIMEOUT));
        if (!timing.waitsForAnything() || overBusyLimit || overTypingLimit || unanswered) {
            release(now);
        } else if (askedAt == null && askAgainAt != null && !now.isBefore(askAgainAt)) {
            ask(now);
        }
    }

    private void ask(Instant now) {
        askedAt = now;
        askAgainAt = null;
        Timing timing = settings.timing();
        boolean askBusy = busyStage && timing.waitWhileBusy();
        fireMomentWanted(askBusy, timing.waitForTypingPause());
    }

    private Instant busyDeadline() {
        return dueSince.plus(settings.timing().busyLimit());
    }

    /** Shows the held reminder now; a break that waited while the user was busy is recorded as such. */
    private void release(Instant now) {
        if (busyWaited) {
            record(BreakEvent.of(EventKind.WAITED, dueSince, now));
        }
        clearHold();
        lastNudge = now;
        fireBreakDue(false);
    }

    private void clearHold() {
        held = false;
        busyStage = false;
        busyWaited = false;
        askedAt = null;
        askAgainAt = null;
        typingSince = null;
    }

    private void rollDay(Instant now) {
        LocalDate date = localDate(now);
        if (!date.equals(today)) {
            today = date;
            snoozesUsed = 0;
            tally = DayTally.EMPTY;
        }
    }

    private void restartInterval(Instant from) {
        anchor = from;
        nextBreakAt = from.plus(settings.interval());
        snoozed = false;
        noticeGiven = false;
        prepared = false;
        dueSince = null;
        lastNudge = null;
        routineStartedAt = null;
        clearHold();
        phase = paused ? Phase.PAUSED : Phase.COUNTING;
    }

    private void endPause(Instant now) {
        record(BreakEvent.of(EventKind.RESUMED, pausedAt, now));
        paused = false;
        pausedAt = null;
        pausedUntil = null;
        pauseLength = null;
        if (phase == Phase.PAUSED) {
            restartInterval(now);
        }
    }

    private Instant noticeAt() {
        Duration notice = settings.preBreakNotice();
        if (notice.isZero()) {
            return null;
        }
        Instant at = nextBreakAt.minus(notice);
        return at.isAfter(anchor) ? at : null;
    }

    /** When the break's reminder may be got ready off screen; null if the interval began after that. */
    private Instant prepareAt() {
        Instant at = nextBreakAt.minus(Defaults.PREPARE_AHEAD);
        return at.isAfter(anchor) ? at : null;
    }

    private Instant tomorrowMorning(Instant now) {
        WorkingHours hours = settings.workingHours();
        LocalTime morning = hours.start().equals(LocalTime.MIDNIGHT) ? Defaults.MORNING : hours.start();
        return ZonedDateTime.of(localDate(now).plusDays(1), morning, zone()).toInstant();
    }

    private Instant firstBreakAfterOpening(Instant now) {
        return settings.workingHours().nextStart(now, zone()).plus(settings.interval());
    }

    private void scheduleNextWake(Instant now) {
        Instant wake = now.plus(Defaults.HEARTBEAT);
        switch (phase) {
            case COUNTING -> {
                Instant notice = noticeGiven ? null : noticeAt();
                wake = earliestAfter(now, wake, notice);
                wake = earliestAfter(now, wake, prepared ? null : prepareAt());
                wake = earliestAfter(now, wake, nextBreakAt);
                wake = earliestAfter(now, wake, settings.workingHours().currentEnd(now, zone()).orElse(null));
            }
            case DUE -> {
                if (held) {
                    wake = earliestAfter(now, wake, askAgainAt);
                    wake = earliestAfter(now, wake, askedAt == null ? null : askedAt.plus(Defaults.MOMENT_ANSWER_TIMEOUT));
                    wake = earliestAfter(now, wake, busyWaited ? busyDeadline() : null);
                    wake = earliestAfter(now, wake, typingSince == null ? null : typingSince.plus(Defaults.TYPING_WAIT_MAX));
                } else {
                    wake = earliestAfter(now, wake, lastNudge.plus(Defaults.RENUDGE));
                }
            }
            case PAUSED -> wake = earliestAfter(now, wake, pausedUntil);
            case OFF_HOURS -> wake = earliestAfter(now, wake, settings.workingHours().nextStart(now, zone()));
            case IN_ROUTINE -> wake = earliestAfter(now, wake, paused ? pausedUntil : null);
        }
        expectedWake = wake;
        wakeUps.wakeAt(wake);
    }

    private static Instant earliestAfter(Instant now, Instant current, Instant candidate) {
        if (candidate == null || !candidate.isAfter(now)) {
            return current;
        }
        return candidate.isBefore(current) ? candidate : current;
    }

    private int snoozesLeft() {
        return Math.max(0, settings.snoozeLimitPerDay() - snoozesUsed);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate localDate(Instant t) {
        return t.atZone(zone()).toLocalDate();
    }

    // ---- telling the world ---------------------------------------------------------------

    private void record(BreakEvent event) {
        tally = tally.add(event.kind());
        for (PlannerListener l : listeners) {
            l.recorded(event);
        }
    }

    private void fireStateChanged() {
        if (listeners.isEmpty()) {
            return;
        }
        PlannerState state = snapshot();
        for (PlannerListener l : listeners) {
            l.stateChanged(state);
        }
    }

    private void fireBreakSoon(Instant dueAt) {
        for (PlannerListener l : listeners) {
            l.breakSoon(dueAt);
        }
    }

    private void fireBreakNear(Instant dueAt) {
        for (PlannerListener l : listeners) {
            l.breakNear(dueAt);
        }
    }

    private void fireBreakDue(boolean renudge) {
        for (PlannerListener l : listeners) {
            l.breakDue(renudge);
        }
    }

    private void fireMomentWanted(boolean busy, boolean input) {
        for (PlannerListener l : listeners) {
            l.momentWanted(busy, input);
        }
    }

    private void fireRoutineStarted() {
        for (PlannerListener l : listeners) {
            l.routineStarted();
        }
    }

    private void fireRoutineToFront() {
        for (PlannerListener l : listeners) {
            l.routineToFront();
        }
    }

    private void fireRoutineEnded() {
        for (PlannerListener l : listeners) {
            l.routineEnded();
        }
    }
}
