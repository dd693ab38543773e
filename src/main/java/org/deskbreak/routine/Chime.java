package org.deskbreak.routine;

import javax.sound.sampled.AudioFormat;

/**
 * The step-change chime, synthesised so no audio file ships: two soft sine tones a fifth apart,
 * the second starting as the first fades. Each tone rises gently and dies away to silence, so the
 * sound starts and ends at zero and never clicks.
 */
final class Chime {

    static final float SAMPLE_RATE = 44_100f;
    static final double TONE_SECONDS = 0.25;
    static final double SECOND_TONE_AT = 0.11;
    static final double LENGTH_SECONDS = SECOND_TONE_AT + TONE_SECONDS;
    /** Well below full scale: a cue, not an alarm. */
    static final double PEAK = 0.22;
    private static final double FIRST_HZ = 659.25;   // E5
    private static final double SECOND_HZ = 987.77;  // B5
    private static final double ATTACK_SECONDS = 0.02;

    private Chime() {
    }

    /** 16-bit signed little-endian mono. */
    static AudioFormat format(float sampleRate) {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    /** The chime as PCM samples in {@link #format(float)}. */
    static byte[] pcm(float sampleRate) {
        if (!(sampleRate >= 8_000f && sampleRate <= 192_000f)) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRate);
        }
        int frames = (int) Math.round(LENGTH_SECONDS * sampleRate);
        byte[] out = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            double t = i / (double) sampleRate;
            double v = 0.55 * tone(t, FIRST_HZ) + 0.45 * tone(t - SECOND_TONE_AT, SECOND_HZ);
            int s = (int) Math.round(v * PEAK * Short.MAX_VALUE);
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        return out;
    }

    /** One tone of unit peak, silent outside [0, TONE_SECONDS]. */
    private static double tone(double t, double hz) {
        if (t <= 0 || t >= TONE_SECONDS) {
            return 0;
        }
        return envelope(t) * Math.sin(2 * Math.PI * hz * t);
    }

    /** A half-cosine rise, then a cosine-shaped fall to exactly zero at the end. */
    private static double envelope(double t) {
        if (t < ATTACK_SECONDS) {
            return 0.5 - 0.5 * Math.cos(Math.PI * t / ATTACK_SECONDS);
        }
        double fall = (t - ATTACK_SECONDS) / (TONE_SECONDS - ATTACK_SECONDS);
        double f = 0.5 + 0.5 * Math.cos(Math.PI * fall);
        return f * f;
    }
}
