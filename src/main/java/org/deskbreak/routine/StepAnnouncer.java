package org.deskbreak.routine;

import java.util.function.Consumer;

/**
 * Notices when the session moves to another step, logs it (the desktop tests wait for these exact
 * lines) and rings the chime, whether time moved it or the user pressed Next or Back.
 */
final class StepAnnouncer {

    private final Consumer<String> log;
    private final Runnable chime;
    private int shownIndex = -1;
    private boolean doneAnnounced;

    StepAnnouncer(Consumer<String> log, Runnable chime) {
        this.log = log;
        this.chime = chime;
    }

    /** The first step is announced without a chime: the window opening is cue enough. */
    void start(RoutineSession session) {
        shownIndex = session.stepIndex();
        log.accept(stepLine(session));
    }

    void observe(RoutineSession session) {
        if (doneAnnounced) {
            return;
        }
        if (session.finished()) {
            doneAnnounced = true;
            log.accept("routine done");
            chime.run();
        } else if (session.stepIndex() != shownIndex) {
            shownIndex = session.stepIndex();
            log.accept(stepLine(session));
            chime.run();
        }
    }

    static String stepLine(RoutineSession session) {
        return "routine step " + (session.stepIndex() + 1) + "/" + session.routine().steps().size()
                + " " + session.currentStep().id();
    }
}
