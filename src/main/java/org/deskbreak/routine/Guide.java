package org.deskbreak.routine;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Follows the session and guides by ear: plays each cue of the {@link CueSchedule} when the
 * session passes it and reads each new step aloud, whether time moved the session or the user
 * pressed Next or Back. It logs each step (the desktop tests wait for these exact lines).
 */
final class Guide {

    private final Consumer<String> log;
    private final Consumer<Cue> sound;
    private final Speech speech;
    private final Function<RoutineStep, String> words;
    private int shownIndex = -1;
    private Duration shownElapsed = Duration.ZERO;
    private boolean done;

    /** @param words what is read aloud for a step; empty to say nothing */
    Guide(Consumer<String> log, Consumer<Cue> sound, Speech speech, Function<RoutineStep, String> words) {
        this.log = log;
        this.sound = sound;
        this.speech = speech;
        this.words = words;
    }

    void observe(RoutineSession session) {
        if (done) {
            return;
        }
        if (session.finished()) {
            done = true;
            log.accept("routine done");
            speech.stop();
            sound.accept(Cue.FINISH);
            return;
        }
        int index = session.stepIndex();
        Duration elapsed = session.elapsedInStep();
        Routine routine = session.routine();
        if (index != shownIndex || elapsed.compareTo(shownElapsed) < 0) {
            shownIndex = index;
            log.accept(stepLine(session));
            log.accept("routine cues " + session.currentStep().id() + " " + CueSchedule.forStep(routine, index));
            CueSchedule.atStart(routine, index).forEach(sound);
            String said = words.apply(session.currentStep());
            if (said.isEmpty()) {
                speech.stop();
            } else {
                speech.say(said);
            }
            shownElapsed = Duration.ZERO;
        }
        List<Cue> due = CueSchedule.between(routine, index, shownElapsed, elapsed);
        due.forEach(sound);
        shownElapsed = elapsed;
    }

    /** The window is going: nothing more is said, and no thread is kept for saying it. */
    void stop() {
        speech.release();
    }

    static String stepLine(RoutineSession session) {
        return "routine step " + (session.stepIndex() + 1) + "/" + session.routine().steps().size()
                + " " + session.currentStep().id();
    }
}
