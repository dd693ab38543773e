package org.deskbreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The planner on a hand-stepped clock. {@link #runFor} plays the scheduler's part: it moves the
 * clock to each instant the planner asked to be woken at and ticks it, so hours of behaviour run
 * in milliseconds.
 */
class PlannerTest {

    private static final Duration MIN = Duration.ofMinutes(1);

    private ManualClock clock = ManualClock.at("2026-11-23T09:00:00", "Europe/Berlin");  // a Monday
    private final AtomicReference<Instant> wake = new AtomicReference<>();
    private final Recorder seen = new Recorder();
    private Planner planner;

    private Planner start(Settings settings) {
        return start(settings, IdleSource.NONE);
    }

    private Planner start(Settings settings, IdleSource idle) {
        planner = new Planner(clock, settings, idle);
        planner.addListener(seen);
        planner.setWakeUpScheduler(wake::set);
        planner.start();
        return planner;
    }

    /** Lets time pass with the scheduler doing its job. */
    private void runFor(Duration d) {
        Instant end = clock.instant().plus(d);
        while (!wake.get().isAfter(end)) {
            clock.set(wake.get());
            planner.tick();
        }
        clock.set(end);
    }

    /** The machine sleeps: nobody ticks the planner, then the late trigger fires on waking. */
    private void sleepFor(Duration d) {
        clock.advance(d);
        planner.tick();
    }

    private Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(clock.getZone()).toInstant();
    }

    /** The defaults, with reminders shown the moment they fall due: the right-moment cases turn waiting on. */
    private static Settings defaults() {
        return Settings.defaults().withTiming(new Timing(false, Defaults.BUSY_LIMIT.fallback(), false));
    }

    private static Settings waiting(boolean whileBusy, boolean forTypingPause) {
        return Settings.defaults().withInterval(MIN).withPreBreakNotice(Duration.ZERO)
                .withTiming(new Timing(whileBusy, Duration.ofMinutes(30), forTypingPause));
    }

    private static MomentCheck busy() {
        return MomentCheck.busy("fullscreen window", Optional.of(Duration.ofMinutes(2)));
    }

    private static MomentCheck typedAgo(Duration ago) {
        return MomentCheck.free(Optional.of(ago));
    }

    /** Lets time pass, answering each question about the moment with what {@code desktop} says then. */
    private void runFor(Duration d, java.util.function.Supplier<MomentCheck> desktop) {
        Instant end = clock.instant().plus(d);
        while (!wake.get().isAfter(end)) {
            clock.set(wake.get());
            planner.tick();
            while (seen.asked > seen.answered) {
                seen.answered++;
                planner.momentChecked(desktop.get());
            }
        }
        clock.set(end);
    }

    // ---- the right moment: busy -----------------------------------------------------------

    @Test
    void busyAtDueTimeHoldsTheReminderButTheBreakIsDue() {
        start(waiting(true, false));

        runFor(Duration.ofMinutes(10), PlannerTest::busy);

        assertThat(seen.due).isEmpty();
        PlannerState s = planner.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.DUE);
        assertThat(s.waiting()).isTrue();
        assertThat(s.dueSince()).contains(at("2026-11-23T09:01:00"));
        assertThat(seen.questions).first().isEqualTo(List.of(true, false));
    }

    @Test
    void whileBusyItAsksAgainOnceAMinute() {
        start(waiting(true, false));

        runFor(Duration.ofMinutes(11), PlannerTest::busy);   // due at 09:01, then 10 minutes busy

        assertThat(seen.askedAt).hasSize(11);
        for (int i = 1; i < seen.askedAt.size(); i++) {
            assertThat(Duration.between(seen.askedAt.get(i - 1), seen.askedAt.get(i))).isEqualTo(MIN);
        }
    }

    @Test
    void busyEndingShowsTheReminderWithinAMinuteAndRecordsTheWait() {
        start(waiting(true, false));
        Instant freeFrom = at("2026-11-23T09:07:30");

        runFor(Duration.ofMinutes(10), () -> clock.instant().isBefore(freeFrom) ? busy()
                : MomentCheck.free(Optional.of(Duration.ofMinutes(5))));

        assertThat(seen.due).containsExactly(false);
        assertThat(seen.dueAt).singleElement().isEqualTo(at("2026-11-23T09:08:00"));
        assertThat(planner.snapshot().waiting()).isFalse();
        assertThat(seen.events).filteredOn(e -> e.kind() == EventKind.WAITED).singleElement()
                .isEqualTo(BreakEvent.of(EventKind.WAITED, at("2026-11-23T09:01:00"), at("2026-11-23T09:08:00")));
        assertThat(planner.snapshot().today().waited()).isEqualTo(1);
    }

    @Test
    void busyLongerThanTheLimitShowsTheReminderAtTheLimit() {
        start(waiting(true, false).withTiming(new Timing(true, Duration.ofMinutes(17), false)));

        runFor(Duration.ofMinutes(60), PlannerTest::busy);

        assertThat(seen.dueAt).first().isEqualTo(at("2026-11-23T09:18:00"));
        assertThat(seen.kinds()).contains(EventKind.WAITED);
    }

    @Test
    void notBusyAtDueTimeShowsAtOnceAndRecordsNoWait() {
        start(waiting(true, false));

        runFor(Duration.ofMinutes(2), () -> MomentCheck.free(Optional.empty()));

        assertThat(seen.dueAt).first().isEqualTo(at("2026-11-23T09:01:00"));
        assertThat(seen.kinds()).doesNotContain(EventKind.WAITED);
    }

    @Test
    void anAnswerThatNeverComesCountsAsNotBusy() {
        start(waiting(true, true));

        runFor(Duration.ofMinutes(2));   // nobody answers

        assertThat(seen.dueAt).first().isEqualTo(at("2026-11-23T09:01:00").plus(Defaults.MOMENT_ANSWER_TIMEOUT));
    }

    @Test
    void skippingWhileHeldDropsTheLateAnswer() {
        start(waiting(true, false));
        runFor(Duration.ofMinutes(3), PlannerTest::busy);
        clock.advance(Duration.ofSeconds(20));
        seen.answered = seen.asked;

        planner.skip();
        planner.momentChecked(MomentCheck.free(Optional.empty()));

        assertThat(seen.due).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().waiting()).isFalse();
    }

    @Test
    void withWaitingOffTheReminderShowsAtOnceAndNothingIsAsked() {
        start(waiting(false, false));

        runFor(Duration.ofMinutes(2), PlannerTest::busy);

        assertThat(seen.dueAt).first().isEqualTo(at("2026-11-23T09:01:00"));
        assertThat(seen.asked).isZero();
    }

    // ---- the right moment: a pause in typing -----------------------------------------------

    @Test
    void typingAtDueTimeWaitsForThreeQuietSeconds() {
        start(waiting(false, true));
        Instant typingStops = at("2026-11-23T09:01:07.400");

        runFor(Duration.ofMinutes(2), () -> typedAgo(clock.instant().isBefore(typingStops) ? Duration.ofMillis(100)
                : Duration.between(typingStops, clock.instant())));

        assertThat(seen.dueAt).singleElement().satisfies(shown -> {
            assertThat(shown).isAfterOrEqualTo(typingStops.plus(Defaults.TYPING_PAUSE));
            assertThat(shown).isBefore(typingStops.plus(Duration.ofSeconds(5)));
        });
        assertThat(seen.questions).allMatch(q -> q.equals(List.of(false, true)));
        assertThat(seen.kinds()).doesNotContain(EventKind.WAITED);
    }

    @Test
    void typingThatNeverPausesShowsTheReminderAfterSixtySeconds() {
        start(waiting(false, true));

        runFor(Duration.ofMinutes(3), () -> typedAgo(Duration.ofMillis(200)));

        assertThat(seen.dueAt).singleElement().isEqualTo(at("2026-11-23T09:02:00"));
    }

    @Test
    void quietAtDueTimeShowsAtOnce() {
        start(waiting(false, true));

        runFor(Duration.ofMinutes(2), () -> typedAgo(Duration.ofSeconds(4)));

        assertThat(seen.dueAt).singleElement().isEqualTo(at("2026-11-23T09:01:00"));
    }

    @Test
    void afterBusyEndsItStillWaitsForATypingPauseWithoutAskingAboutBusyAgain() {
        start(waiting(true, true));
        Instant freeFrom = at("2026-11-23T09:03:00");
        Instant typingStops = at("2026-11-23T09:03:10");

        runFor(Duration.ofMinutes(5), () -> clock.instant().isBefore(freeFrom) ? busy()
                : typedAgo(clock.instant().isBefore(typingStops) ? Duration.ZERO
                        : Duration.between(typingStops, clock.instant())));

        assertThat(seen.dueAt).singleElement().satisfies(shown ->
                assertThat(shown).isBetween(typingStops.plus(Defaults.TYPING_PAUSE), typingStops.plusSeconds(5)));
        assertThat(seen.questions.subList(0, 3)).allMatch(q -> q.equals(List.of(true, true)));
        assertThat(seen.questions.get(seen.questions.size() - 1)).isEqualTo(List.of(false, true));
        assertThat(seen.kinds()).contains(EventKind.WAITED);
    }

    @Test
    void withoutIdleInformationTheTypingPauseIsNotWaitedFor() {
        start(waiting(false, true));

        runFor(Duration.ofMinutes(2), () -> MomentCheck.free(Optional.empty()));

        assertThat(seen.dueAt).singleElement().isEqualTo(at("2026-11-23T09:01:00"));
    }

    // ---- counting down and falling due ----------------------------------------------------

    @Test
    void startsCountingOneIntervalAhead() {
        start(defaults());

        PlannerState s = planner.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.COUNTING);
        assertThat(s.nextBreakAt()).contains(at("2026-11-23T09:45:00"));
        assertThat(wake.get()).isBeforeOrEqualTo(clock.instant().plus(Defaults.HEARTBEAT));
    }

    @Test
    void givesNoticeThenFallsDueAtTheInterval() {
        start(defaults());

        runFor(Duration.ofSeconds(44 * 60 + 29));
        assertThat(seen.soon).isEmpty();
        runFor(Duration.ofSeconds(1));
        assertThat(seen.soon).containsExactly(at("2026-11-23T09:45:00"));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);

        runFor(Duration.ofSeconds(30));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
        assertThat(seen.due).containsExactly(false);
        assertThat(planner.snapshot().dueSince()).contains(at("2026-11-23T09:45:00"));
    }

    @Test
    void noNoticeWhenNoticeIsOff() {
        start(defaults().withPreBreakNotice(Duration.ZERO));

        runFor(Duration.ofMinutes(45));

        assertThat(seen.soon).isEmpty();
        assertThat(seen.due).containsExactly(false);
    }

    // Getting the reminder ready a little before it is due.

    @Test
    void tellsTheBreakIsNearTenSecondsBeforeItIsDue() {
        start(defaults());

        runFor(Duration.ofSeconds(44 * 60 + 49));
        assertThat(seen.near).isEmpty();
        runFor(Duration.ofSeconds(1));
        assertThat(seen.near).containsExactly(at("2026-11-23T09:45:00"));
        assertThat(seen.nearAt).containsExactly(at("2026-11-23T09:44:50"));
        assertThat(seen.due).isEmpty();

        runFor(Duration.ofSeconds(10));
        assertThat(seen.due).containsExactly(false);
        assertThat(seen.near).hasSize(1);
    }

    @Test
    void theBreakIsNearAlsoWithoutANotice() {
        start(defaults().withInterval(MIN).withPreBreakNotice(Duration.ZERO));

        runFor(Duration.ofMinutes(3));

        assertThat(seen.soon).isEmpty();
        assertThat(seen.near).hasSize(1);
        assertThat(seen.nearAt).containsExactly(at("2026-11-23T09:00:50"));
    }

    @Test
    void aSnoozedBreakIsNearAgainBeforeTheSnoozeEnds() {
        start(defaults().withInterval(MIN).withPreBreakNotice(Duration.ZERO).withSnoozeLength(Duration.ofMinutes(5)));
        runFor(MIN);
        planner.snooze();

        runFor(Duration.ofMinutes(5));

        assertThat(seen.nearAt).containsExactly(at("2026-11-23T09:00:50"), at("2026-11-23T09:05:50"));
        assertThat(seen.near).containsExactly(at("2026-11-23T09:01:00"), at("2026-11-23T09:06:00"));
    }

    @Test
    void eachIntervalIsNearOnceEvenWhenTheBreakIsSkipped() {
        start(defaults().withInterval(MIN).withPreBreakNotice(Duration.ZERO));
        runFor(MIN);
        planner.skip();

        runFor(Duration.ofSeconds(55));

        assertThat(seen.nearAt).containsExactly(at("2026-11-23T09:00:50"), at("2026-11-23T09:01:50"));
    }

    @Test
    void anIgnoredReminderNudgesAgainEveryFiveMinutes() {
        start(defaults());
        runFor(Duration.ofMinutes(45));

        runFor(Duration.ofMinutes(4));
        assertThat(seen.due).containsExactly(false);
        runFor(Duration.ofMinutes(1));
        assertThat(seen.due).containsExactly(false, true);
        runFor(Duration.ofMinutes(5));
        assertThat(seen.due).containsExactly(false, true, true);
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
    }

    @Test
    void neverWakesLessOftenThanTheHeartbeatNorMoreThanNeeded() {
        start(defaults());
        List<Duration> gaps = new ArrayList<>();
        Instant end = clock.instant().plus(Duration.ofHours(3));
        while (clock.instant().isBefore(end)) {
            Instant before = clock.instant();
            clock.set(wake.get());
            gaps.add(Duration.between(before, clock.instant()));
            planner.tick();
        }
        assertThat(gaps).allSatisfy(g -> assertThat(g).isPositive().isLessThanOrEqualTo(Defaults.HEARTBEAT));
        assertThat(gaps.size()).isLessThanOrEqualTo(3 * 60 + 5);
    }

    // ---- the routine ---------------------------------------------------------------------

    @Test
    void completedRoutineIsRecordedAndRestartsTheInterval() {
        start(defaults());
        runFor(Duration.ofMinutes(45));

        assertThat(planner.startRoutine().isOk()).isTrue();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.IN_ROUTINE);
        assertThat(seen.routineStarts).isEqualTo(1);
        runFor(Duration.ofMinutes(2));
        planner.finishRoutine(true);

        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.COMPLETED, at("2026-11-23T09:45:00"), at("2026-11-23T09:47:00")));
        PlannerState s = planner.snapshot();
        assertThat(s.phase()).isEqualTo(Phase.COUNTING);
        assertThat(s.nextBreakAt()).contains(at("2026-11-23T10:32:00"));
        assertThat(s.today().completed()).isEqualTo(1);
        assertThat(s.today().breaksTaken()).isEqualTo(1);
    }

    @Test
    void finishingEarlyIsPartial() {
        start(defaults());
        planner.startRoutine();
        runFor(Duration.ofSeconds(40));

        planner.finishRoutine(false);

        assertThat(seen.kinds()).containsExactly(EventKind.PARTIAL);
        assertThat(planner.snapshot().today().partial()).isEqualTo(1);
    }

    @Test
    void breakNowAnyTimeCountsAsABreakAndRestartsTheInterval() {
        start(defaults());
        runFor(Duration.ofMinutes(20));

        planner.startRoutine();
        runFor(Duration.ofMinutes(2));
        planner.finishRoutine(true);

        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:07:00"));
        runFor(Duration.ofMinutes(44));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        runFor(Duration.ofMinutes(1));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
    }

    @Test
    void startingTwiceOpensOneRoutine() {
        start(defaults());
        planner.startRoutine();
        planner.startRoutine();
        assertThat(seen.routineStarts).isEqualTo(1);
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.IN_ROUTINE);
    }

    @Test
    void finishingWithoutARoutineIsRefused() {
        start(defaults());
        assertThat(planner.finishRoutine(true).refusal()).contains(Refusal.NOT_IN_ROUTINE);
        assertThat(seen.events).isEmpty();
    }

    // ---- the routine's window, and a way out of every state ---------------------------------

    @Test
    void breakNowWhileTheEndScreenShowsStartsNoSecondRoutine() {
        start(defaults().withSnoozeLimitPerDay(0));
        planner.startRoutine();
        runFor(Duration.ofMinutes(2));
        planner.finishRoutine(true);   // the routine ran to its end; its end screen is up

        planner.startRoutine();        // deskbreak now, again

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(seen.routineStarts).isEqualTo(1);
    }

    @Test
    void breakNowWhileTheRoutineOrItsEndScreenShowsBringsItToTheFront() {
        start(defaults());
        planner.startRoutine();

        assertThat(planner.startRoutine().refusal()).contains(Refusal.ROUTINE_SHOWING);
        planner.finishRoutine(true);
        assertThat(planner.startRoutine().refusal()).contains(Refusal.ROUTINE_SHOWING);

        assertThat(seen.routineStarts).isEqualTo(1);
        assertThat(seen.toFront).isEqualTo(2);
        assertThat(seen.kinds()).containsExactly(EventKind.COMPLETED);
    }

    @Test
    void onceTheEndScreenIsClosedRemindersComeAgainAndTheNextRoutineStarts() {
        start(defaults().withSnoozeLimitPerDay(0));
        planner.startRoutine();
        runFor(Duration.ofMinutes(2));
        planner.finishRoutine(true);
        planner.startRoutine();        // only brings the end screen forward

        planner.routineClosed();       // Esc on the end screen
        runFor(Duration.ofMinutes(45));

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
        assertThat(seen.due).containsExactly(false);
        assertThat(planner.startRoutine().isOk()).isTrue();
        assertThat(seen.routineStarts).isEqualTo(2);
    }

    @Test
    void aRoutineWindowThatGoesWhileTheRoutineRunsEndsItAsPartial() {
        start(defaults().withSnoozeLimitPerDay(0));
        planner.startRoutine();
        runFor(Duration.ofSeconds(25));

        planner.routineClosed();       // the window manager closed it, or it could not be built

        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.PARTIAL, at("2026-11-23T09:00:00"), at("2026-11-23T09:00:25")));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:45:25"));
    }

    @Test
    void theWindowClosingAfterTheRoutineEndedRecordsNothingMore() {
        start(defaults());
        planner.startRoutine();
        planner.finishRoutine(false);

        planner.routineClosed();

        assertThat(seen.kinds()).containsExactly(EventKind.PARTIAL);
    }

    @Test
    void skippingOrSnoozingTheRoutineFromElsewhereClosesItsWindow() {
        start(defaults());
        planner.startRoutine();
        planner.skip();
        planner.routineClosed();
        planner.startRoutine();
        planner.snooze();

        assertThat(seen.routineEnds).isEqualTo(2);
        assertThat(seen.kinds()).containsExactly(EventKind.PARTIAL, EventKind.SNOOZED);
    }

    @Test
    void everyStateCanBeLeftByTheUserEvenWithNoSnoozesLeft() {
        start(defaults().withSnoozeLimitPerDay(0));
        runFor(Duration.ofMinutes(45));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
        assertThat(planner.skip().isOk()).isTrue();

        planner.startRoutine();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.IN_ROUTINE);
        assertThat(planner.skip().isOk()).isTrue();
        planner.routineClosed();

        planner.pause(Pause.untilResumed());
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        assertThat(planner.resume().isOk()).isTrue();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
    }

    @Test
    void skipEndsARunningRoutineAsPartial() {
        start(defaults().withSnoozeLimitPerDay(0));
        planner.startRoutine();
        runFor(Duration.ofSeconds(40));

        assertThat(planner.skip().isOk()).isTrue();

        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.PARTIAL, at("2026-11-23T09:00:00"), at("2026-11-23T09:00:40")));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:45:40"));
    }

    // ---- snooze and skip -----------------------------------------------------------------

    @Test
    void snoozePutsTheBreakOffBySnoozeLength() {
        start(defaults());
        runFor(Duration.ofMinutes(45));

        assertThat(planner.snooze().isOk()).isTrue();

        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.SNOOZED, at("2026-11-23T09:45:00"), at("2026-11-23T09:55:00")));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        runFor(Duration.ofMinutes(9));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        runFor(Duration.ofMinutes(1));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
    }

    @Test
    void snoozeForAChosenLength() {
        start(defaults());
        runFor(Duration.ofMinutes(45));

        planner.snooze(Duration.ofMinutes(30));

        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:15:00"));
    }

    @Test
    void snoozeIsRefusedWhenNothingIsDue() {
        start(defaults());
        assertThat(planner.snooze().refusal()).contains(Refusal.NOTHING_DUE);
        assertThat(planner.snapshot().canSnooze()).isFalse();
        assertThat(seen.events).isEmpty();
    }

    @Test
    void snoozeLimitPerDayIsEnforcedAndResetsAtMidnight() {
        clock = ManualClock.at("2026-11-23T20:00:00", "Europe/Berlin");
        start(defaults().withSnoozeLimitPerDay(2).withSnoozeLength(Duration.ofMinutes(5)));
        runFor(Duration.ofMinutes(45));

        assertThat(planner.snooze().isOk()).isTrue();
        runFor(Duration.ofMinutes(5));
        assertThat(planner.snooze().isOk()).isTrue();
        runFor(Duration.ofMinutes(5));
        assertThat(planner.snapshot().snoozesLeft()).isZero();
        assertThat(planner.snapshot().canSnooze()).isFalse();
        assertThat(planner.snooze().refusal()).contains(Refusal.SNOOZE_LIMIT_REACHED);
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);

        runFor(Duration.ofHours(4));  // past midnight, still due
        assertThat(planner.snapshot().snoozesLeft()).isEqualTo(2);
        assertThat(planner.snooze().isOk()).isTrue();
        assertThat(planner.snapshot().today().snoozed()).isEqualTo(1);
    }

    @Test
    void snoozeFromTheRoutineEndsIt() {
        start(defaults());
        runFor(Duration.ofMinutes(45));
        planner.startRoutine();

        assertThat(planner.snooze().isOk()).isTrue();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:55:00"));
    }

    @Test
    void skipRecordsItAndRestartsTheInterval() {
        start(defaults());
        runFor(Duration.ofMinutes(47));

        assertThat(planner.skip().isOk()).isTrue();

        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.SKIPPED, at("2026-11-23T09:45:00"), at("2026-11-23T09:47:00")));
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:32:00"));
        assertThat(planner.snapshot().today().skipped()).isEqualTo(1);
    }

    @Test
    void skipIsRefusedWhenNothingIsDue() {
        start(defaults());
        assertThat(planner.skip().refusal()).contains(Refusal.NOTHING_DUE);
    }

    // ---- pause and resume ----------------------------------------------------------------

    @Test
    void timedPauseHoldsRemindersThenResumesByItself() {
        start(defaults());
        runFor(Duration.ofMinutes(40));

        planner.pause(Pause.of(Duration.ofMinutes(30)));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        assertThat(planner.snapshot().pausedUntil()).contains(at("2026-11-23T10:10:00"));
        runFor(Duration.ofMinutes(29));
        assertThat(seen.due).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);

        runFor(Duration.ofMinutes(1));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:55:00"));
        assertThat(seen.events).containsExactly(
                BreakEvent.of(EventKind.PAUSED, at("2026-11-23T09:40:00"), at("2026-11-23T10:10:00")),
                BreakEvent.of(EventKind.RESUMED, at("2026-11-23T09:40:00"), at("2026-11-23T10:10:00")));
    }

    @Test
    void pauseUntilResumedLastsUntilResumed() {
        start(defaults());
        planner.pause(Pause.untilResumed());
        runFor(Duration.ofHours(10));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        assertThat(planner.snapshot().pausedUntil()).isEmpty();
        assertThat(seen.due).isEmpty();

        assertThat(planner.resume().isOk()).isTrue();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T19:45:00"));
        assertThat(seen.kinds()).containsExactly(EventKind.PAUSED, EventKind.RESUMED);
    }

    @Test
    void resumeWhenNotPausedIsRefused() {
        start(defaults());
        assertThat(planner.resume().refusal()).contains(Refusal.NOT_PAUSED);
    }

    @Test
    void pauseWhileDueHidesTheReminder() {
        start(defaults());
        runFor(Duration.ofMinutes(45));
        planner.pause(Pause.of(Duration.ofHours(1)));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        assertThat(planner.snapshot().dueSince()).isEmpty();
    }

    @Test
    void pauseUntilTomorrowMorningCrossesMidnight() {
        clock = ManualClock.at("2026-11-23T22:10:00", "Europe/Berlin");
        start(defaults());

        planner.pause(Pause.untilTomorrowMorning());

        assertThat(planner.snapshot().pausedUntil()).contains(at("2026-11-24T08:00:00"));
        runFor(Duration.ofMinutes(9 * 60 + 49));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        runFor(Duration.ofMinutes(1));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-24T08:45:00"));
    }

    @Test
    void pauseUntilTomorrowMorningAcrossTheSpringDstChange() {
        // In Berlin the night of 28-29 March 2026 is an hour short: 02:00 becomes 03:00.
        clock = ManualClock.at("2026-03-28T22:00:00", "Europe/Berlin");
        start(defaults());

        planner.pause(Pause.untilTomorrowMorning());

        Instant until = planner.snapshot().pausedUntil().orElseThrow();
        assertThat(until.atZone(clock.getZone()).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T08:00:00"));
        assertThat(Duration.between(clock.instant(), until)).isEqualTo(Duration.ofHours(9));
        runFor(Duration.ofHours(9));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
    }

    @Test
    void pauseUntilTomorrowMorningAcrossTheAutumnDstChange() {
        clock = ManualClock.at("2026-10-24T22:00:00", "Europe/Berlin");
        start(defaults());

        planner.pause(Pause.untilTomorrowMorning());

        Instant until = planner.snapshot().pausedUntil().orElseThrow();
        assertThat(Duration.between(clock.instant(), until)).isEqualTo(Duration.ofHours(11));
    }

    @Test
    void tomorrowMorningIsTheStartOfWorkingHoursWhenSet() {
        clock = ManualClock.at("2026-11-23T18:00:00", "Europe/Berlin");
        start(defaults().withWorkingHours(new WorkingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 30), LocalTime.of(17, 0))));

        planner.pause(Pause.untilTomorrowMorning());

        assertThat(planner.snapshot().pausedUntil()).contains(at("2026-11-24T09:30:00"));
    }

    @Test
    void aManualRoutineWhilePausedKeepsThePause() {
        start(defaults());
        planner.pause(Pause.untilResumed());

        planner.startRoutine();
        planner.finishRoutine(true);

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.PAUSED);
        assertThat(planner.snapshot().today().completed()).isEqualTo(1);
    }

    // ---- frequency changes ---------------------------------------------------------------

    @Test
    void shorterIntervalReplansFromTimeAlreadyWorked() {
        start(defaults());
        runFor(Duration.ofMinutes(35));

        planner.applySettings(defaults().withInterval(Duration.ofMinutes(30)));

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
        assertThat(seen.due).containsExactly(false);
    }

    @Test
    void longerIntervalMovesTheBreakLater() {
        start(defaults());
        runFor(Duration.ofMinutes(35));

        planner.applySettings(defaults().withInterval(Duration.ofMinutes(60)));

        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:00:00"));
        runFor(Duration.ofMinutes(24));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        runFor(Duration.ofMinutes(1));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
    }

    @Test
    void otherSettingsChangesDoNotMoveTheBreak() {
        start(defaults());
        runFor(Duration.ofMinutes(10));

        planner.applySettings(defaults().withSound(false).withTheme(Theme.DARK));

        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:45:00"));
        assertThat(planner.settings().sound()).isFalse();
    }

    // ---- working days and hours ----------------------------------------------------------

    private static final WorkingHours OFFICE = new WorkingHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void beforeWorkNothingIsDueAndTheFirstBreakIsOneIntervalAfterOpening() {
        clock = ManualClock.at("2026-11-23T07:00:00", "Europe/Berlin");
        start(defaults().withWorkingHours(OFFICE));

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.OFF_HOURS);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:45:00"));
        runFor(Duration.ofMinutes(2 * 60 + 44));
        assertThat(seen.due).isEmpty();
        runFor(Duration.ofMinutes(1));
        assertThat(seen.due).containsExactly(false);
    }

    @Test
    void noBreakFallsDueAfterHoursOrAtTheWeekend() {
        clock = ManualClock.at("2026-11-27T16:30:00", "Europe/Berlin");  // Friday
        start(defaults().withWorkingHours(OFFICE));

        runFor(Duration.ofMinutes(30));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.OFF_HOURS);
        runFor(Duration.ofHours(64));  // to Monday 09:00
        assertThat(seen.due).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-30T09:45:00"));
    }

    @Test
    void nightShiftWindowsSpanMidnight() {
        WorkingHours night = new WorkingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0));
        ZoneId z = ZoneId.of("Europe/Berlin");
        assertThat(night.contains(at("2026-11-24T02:00:00"), z)).isTrue();
        assertThat(night.contains(at("2026-11-24T07:00:00"), z)).isFalse();
        assertThat(night.currentEnd(at("2026-11-24T02:00:00"), z)).contains(at("2026-11-24T06:00:00"));
        assertThat(WorkingHours.ALWAYS.currentEnd(at("2026-11-24T02:00:00"), z)).isEmpty();
    }

    // ---- sleep and clock jumps -----------------------------------------------------------

    @Test
    void sleepLongerThanTheRoutineCountsAsANaturalBreak() {
        start(defaults());
        runFor(Duration.ofMinutes(20));

        sleepFor(Duration.ofMinutes(30));

        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
        assertThat(seen.events.get(0).start()).isBetween(at("2026-11-23T09:20:00"), at("2026-11-23T09:21:00"));
        assertThat(seen.events.get(0).end()).contains(at("2026-11-23T09:50:00"));
        assertThat(seen.due).isEmpty();
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T10:35:00"));
    }

    @Test
    void longSleepBringsNoBurstOfStaleReminders() {
        start(defaults());
        runFor(Duration.ofMinutes(30));

        sleepFor(Duration.ofHours(8));
        runFor(Duration.ofMinutes(1));

        assertThat(seen.due).isEmpty();
        assertThat(seen.soon).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
    }

    @Test
    void sleepingWhileDueDismissesTheReminder() {
        start(defaults());
        runFor(Duration.ofMinutes(46));

        sleepFor(Duration.ofMinutes(15));

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
    }

    @Test
    void aShortSuspendIsNotABreak() {
        start(defaults());
        runFor(Duration.ofMinutes(20));

        sleepFor(Duration.ofSeconds(90));

        assertThat(seen.events).isEmpty();
        assertThat(planner.snapshot().nextBreakAt()).contains(at("2026-11-23T09:45:00"));
    }

    @Test
    void anActionAfterWakingSeesTheSleepToo() {
        start(defaults());
        runFor(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(50));  // woken by the user before the late trigger fired

        assertThat(planner.snooze().refusal()).contains(Refusal.NOTHING_DUE);

        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
        assertThat(planner.snapshot().nextBreakAt()).contains(clock.instant().plus(Duration.ofMinutes(45)));
    }

    @Test
    void aClockJumpBackNeverDelaysABreakByMoreThanOneInterval() {
        start(defaults());
        runFor(Duration.ofMinutes(30));

        clock.advance(Duration.ofHours(-3));
        planner.tick();

        Instant next = planner.snapshot().nextBreakAt().orElseThrow();
        assertThat(next).isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(45)));
        runFor(Duration.ofMinutes(45));
        assertThat(seen.due).containsExactly(false);
    }

    @Test
    void aClockJumpBackShortensALongTimedPause() {
        start(defaults());
        planner.pause(Pause.of(Duration.ofMinutes(30)));
        runFor(Duration.ofMinutes(5));

        clock.advance(Duration.ofHours(-2));
        planner.tick();

        assertThat(planner.snapshot().pausedUntil().orElseThrow()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
    }

    // ---- idle ----------------------------------------------------------------------------

    @Test
    void idleLongerThanTheResetCountsAsOneNaturalBreak() {
        AtomicReference<Duration> idleFor = new AtomicReference<>(Duration.ZERO);
        start(defaults(), () -> Optional.of(idleFor.get()));
        runFor(Duration.ofMinutes(20));

        for (int i = 1; i <= 12; i++) {   // away twelve minutes
            idleFor.set(Duration.ofMinutes(i));
            runFor(MIN);
        }
        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
        assertThat(seen.events.get(0).start()).isEqualTo(at("2026-11-23T09:20:00"));

        idleFor.set(Duration.ofSeconds(10));  // back
        runFor(MIN);
        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
        Instant back = clock.instant().minusSeconds(10);
        assertThat(planner.snapshot().nextBreakAt()).contains(back.plus(Duration.ofMinutes(45)));
    }

    @Test
    void walkingAwayFromAReminderCountsAsABreakAndTheReminderGoes() {
        AtomicReference<Duration> idleFor = new AtomicReference<>(Duration.ZERO);
        start(defaults(), () -> Optional.of(idleFor.get()));
        runFor(Duration.ofMinutes(45));
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);

        for (int i = 1; i <= 5; i++) {   // the reminder is up; nobody is there
            idleFor.set(Duration.ofMinutes(i));
            runFor(MIN);
        }

        assertThat(seen.kinds()).containsExactly(EventKind.NATURAL);
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(seen.due).as("one reminder and no nudge once the user had gone").containsExactly(false);
    }

    @Test
    void timeAwayBeforeDeskBreakStartedIsNotABreak() {
        AtomicReference<Duration> idleFor = new AtomicReference<>(Duration.ofHours(3));  // the desktop was left alone
        start(defaults(), () -> Optional.of(idleFor.get()));
        assertThat(seen.events).as("nothing at start").isEmpty();

        for (int i = 1; i <= 4; i++) {    // still away, four minutes after the start
            idleFor.set(Duration.ofHours(3).plusMinutes(i));
            runFor(MIN);
        }
        assertThat(seen.events).isEmpty();

        idleFor.set(Duration.ofHours(3).plusMinutes(5));
        runFor(MIN);
        assertThat(seen.kinds()).as("away five minutes since the start").containsExactly(EventKind.NATURAL);
        assertThat(seen.events.get(0).start()).as("counted from the start").isEqualTo(at("2026-11-23T09:00:00"));
    }

    @Test
    void shortIdleChangesNothing() {
        AtomicReference<Duration> idleFor = new AtomicReference<>(Duration.ofMinutes(4));
        start(defaults(), () -> Optional.of(idleFor.get()));

        runFor(Duration.ofMinutes(45));

        assertThat(seen.events).isEmpty();
        assertThat(seen.due).containsExactly(false);
    }

    // ---- events and counts ---------------------------------------------------------------

    @Test
    void everyOutcomeIsEmittedAndCountedForToday() {
        start(defaults().withInterval(Duration.ofMinutes(10)));
        runFor(Duration.ofMinutes(10));
        planner.snooze();
        runFor(Duration.ofMinutes(10));
        planner.skip();
        runFor(Duration.ofMinutes(10));
        planner.startRoutine();
        planner.finishRoutine(true);
        planner.routineClosed();
        planner.startRoutine();
        planner.finishRoutine(false);
        planner.routineClosed();
        planner.pause(Pause.of(Duration.ofMinutes(5)));
        runFor(Duration.ofMinutes(5));
        runFor(Duration.ofMinutes(3));
        sleepFor(Duration.ofMinutes(20));

        assertThat(seen.kinds()).containsExactly(EventKind.SNOOZED, EventKind.SKIPPED, EventKind.COMPLETED,
                EventKind.PARTIAL, EventKind.PAUSED, EventKind.RESUMED, EventKind.NATURAL);
        assertThat(planner.snapshot().today()).isEqualTo(new DayTally(1, 1, 1, 1, 1));
        assertThat(seen.states).isNotEmpty();
        assertThat(seen.states.get(seen.states.size() - 1).phase()).isEqualTo(planner.snapshot().phase());
    }

    @Test
    void todaysCountsAndSnoozesCarryOverARestart() {
        planner = new Planner(clock, defaults(), IdleSource.NONE);
        planner.setWakeUpScheduler(wake::set);
        planner.restoreToday(new DayTally(2, 1, 0, 3, 0));
        planner.start();
        runFor(Duration.ofMinutes(45));

        assertThat(planner.snapshot().today().breaksTaken()).isEqualTo(3);
        assertThat(planner.snooze().refusal()).contains(Refusal.SNOOZE_LIMIT_REACHED);
    }

    /** Collects what the planner says. */
    private final class Recorder implements PlannerListener {
        final List<BreakEvent> events = new ArrayList<>();
        final List<Instant> soon = new ArrayList<>();
        final List<Instant> near = new ArrayList<>();
        final List<Instant> nearAt = new ArrayList<>();
        final List<Boolean> due = new ArrayList<>();
        final List<PlannerState> states = new ArrayList<>();
        final List<Instant> dueAt = new ArrayList<>();
        final List<List<Boolean>> questions = new ArrayList<>();
        final List<Instant> askedAt = new ArrayList<>();
        int asked;
        int answered;
        int routineStarts;
        int toFront;
        int routineEnds;

        List<EventKind> kinds() {
            return events.stream().map(BreakEvent::kind).toList();
        }

        @Override
        public void stateChanged(PlannerState state) {
            states.add(state);
        }

        @Override
        public void breakSoon(Instant dueAt) {
            soon.add(dueAt);
        }

        @Override
        public void breakNear(Instant dueAt) {
            near.add(dueAt);
            nearAt.add(clock.instant());
        }

        @Override
        public void breakDue(boolean renudge) {
            due.add(renudge);
            dueAt.add(clock.instant());
        }

        @Override
        public void momentWanted(boolean busy, boolean input) {
            asked++;
            questions.add(List.of(busy, input));
            askedAt.add(clock.instant());
        }

        @Override
        public void routineStarted() {
            routineStarts++;
        }

        @Override
        public void routineToFront() {
            toFront++;
        }

        @Override
        public void routineEnded() {
            routineEnds++;
        }

        @Override
        public void recorded(BreakEvent event) {
            events.add(event);
        }
    }
}
