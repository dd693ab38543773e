package org.deskbreak.routine;

/**
 * The sounds of the routine. Each is made of a few soft sine notes (see {@link Tones}), so no
 * audio file ships and each cue is told apart by its shape, not only its pitch.
 */
enum Cue {
    /** Three notes rising: the routine begins. */
    START(new Tones.Note(0.00, 0.22, 523.25, 523.25, 0.8), new Tones.Note(0.16, 0.22, 659.25, 659.25, 0.8),
            new Tones.Note(0.32, 0.34, 783.99, 783.99, 0.8)),
    /** The soft two-note chime: on to the next step. */
    STEP(new Tones.Note(0.00, 0.25, 659.25, 659.25, 0.8), new Tones.Note(0.11, 0.25, 987.77, 987.77, 0.7)),
    /** Low-high-low-high, twice as many notes as any other cue: switch sides. */
    SWITCH(new Tones.Note(0.00, 0.16, 392.00, 392.00, 1.0), new Tones.Note(0.18, 0.16, 783.99, 783.99, 1.0),
            new Tones.Note(0.36, 0.16, 392.00, 392.00, 1.0), new Tones.Note(0.54, 0.16, 783.99, 783.99, 1.0)),
    /** A soft tone gliding up while the circle swells. */
    BREATHE_IN(new Tones.Note(0.00, 1.50, 261.63, 392.00, 0.55)),
    /** A soft tone gliding down while the circle shrinks. */
    BREATHE_OUT(new Tones.Note(0.00, 2.00, 392.00, 261.63, 0.55)),
    /** One short, high blip; three of them count down a step's last seconds. */
    TICK(new Tones.Note(0.00, 0.06, 1318.51, 1318.51, 0.6)),
    /** Three notes falling to rest, the last one long: the routine is done. */
    FINISH(new Tones.Note(0.00, 0.30, 783.99, 783.99, 0.8), new Tones.Note(0.20, 0.30, 659.25, 659.25, 0.8),
            new Tones.Note(0.40, 0.80, 523.25, 523.25, 0.9));

    private final Tones.Note[] notes;

    Cue(Tones.Note... notes) {
        this.notes = notes;
    }

    Tones.Note[] notes() {
        return notes.clone();
    }

    /** 16-bit mono PCM at {@code volume} (0 to 1) of the designed level. */
    byte[] pcm(float sampleRate, double volume) {
        return Tones.pcm(sampleRate, volume, notes);
    }
}
