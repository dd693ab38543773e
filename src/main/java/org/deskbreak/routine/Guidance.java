package org.deskbreak.routine;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the routine window needs beyond the session: its sounds, its voice, and whether the safety
 * card comes first.
 *
 * @param cues        plays the cues (it checks the sound and volume settings itself)
 * @param speech      the system's speech engine, or {@link Speech#NONE}
 * @param speak       the speak setting, read at each step
 * @param safetyFirst the safety card opens the routine (nobody has seen it yet)
 * @param safetySeen  told once the user has read the card and started
 * @param speakChosen told when the user switches reading aloud on or off on the card
 */
record Guidance(CuePlayer cues, Speech speech, BooleanSupplier speak, boolean safetyFirst, Runnable safetySeen,
                Consumer<Boolean> speakChosen) {

    /** Silent, no voice, no safety card: for tests of everything else. */
    static Guidance quiet(CuePlayer cues) {
        return new Guidance(cues, Speech.NONE, () -> false, false, () -> { }, on -> { });
    }
}
