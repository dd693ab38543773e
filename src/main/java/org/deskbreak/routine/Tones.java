package org.deskbreak.routine;

import javax.sound.sampled.AudioFormat;

/**
 * Renders notes to PCM: sine tones, each gliding from one pitch to another, shaped so they rise
 * gently and die away to silence. A sound starts and ends at zero and never clicks.
 */
final class Tones {

    static final float SAMPLE_RATE = 44_100f;
    /** Well below full scale at full volume: a cue, not an alarm. */
    static final double PEAK = 0.25;
    private static final double ATTACK_SECONDS = 0.015;

    /** One tone: starts at {@code at} seconds, lasts {@code length}, glides from one pitch to the other. */
    record Note(double at, double length, double fromHz, double toHz, double gain) {
        double end() {
            return at + length;
        }
    }

    private Tones() {
    }

    /** 16-bit signed little-endian mono. */
    static AudioFormat format(float sampleRate) {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    static byte[] pcm(float sampleRate, double volume, Note... notes) {
        if (!(sampleRate >= 8_000f && sampleRate <= 192_000f)) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRate);
        }
        double v = Math.max(0, Math.min(1, volume));
        double length = 0;
        for (Note n : notes) {
            length = Math.max(length, n.end());
        }
        int frames = (int) Math.round(length * sampleRate);
        double[] phase = new double[notes.length];
        byte[] out = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            double t = i / (double) sampleRate;
            double sum = 0;
            for (int k = 0; k < notes.length; k++) {
                Note n = notes[k];
                double local = t - n.at();
                if (local <= 0 || local >= n.length()) {
                    continue;
                }
                double hz = n.fromHz() + (n.toHz() - n.fromHz()) * local / n.length();
                phase[k] += 2 * Math.PI * hz / sampleRate;
                sum += n.gain() * envelope(local, n.length()) * Math.sin(phase[k]);
            }
            int s = (int) Math.round(Math.max(-1, Math.min(1, sum * PEAK * v)) * Short.MAX_VALUE);
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        return out;
    }

    /** A half-cosine rise, then a cosine-shaped fall to exactly zero at the end. */
    private static double envelope(double t, double length) {
        double attack = Math.min(ATTACK_SECONDS, length / 4);
        if (t < attack) {
            return 0.5 - 0.5 * Math.cos(Math.PI * t / attack);
        }
        double fall = (t - attack) / (length - attack);
        double f = 0.5 + 0.5 * Math.cos(Math.PI * fall);
        return Math.sqrt(f);
    }
}
