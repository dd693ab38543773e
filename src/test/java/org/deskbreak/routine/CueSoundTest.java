package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cues as rendered: their pitch, length and loudness measured from the samples themselves. */
class CueSoundTest {

    private static final float RATE = Tones.SAMPLE_RATE;

    private static short[] samples(Cue cue, double volume) {
        byte[] pcm = cue.pcm(RATE, volume);
        short[] s = new short[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
        }
        return s;
    }

    /** Pitch from the zero crossings between two moments, in hertz. */
    private static double pitch(short[] s, double from, double to) {
        int a = (int) (from * RATE);
        int b = (int) (to * RATE);
        int crossings = 0;
        for (int i = a + 1; i < b; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (to - from);
    }

    private static double seconds(short[] s) {
        return s.length / (double) RATE;
    }

    private static int peak(short[] s) {
        int p = 0;
        for (short v : s) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    @Test
    void theBreathInToneRisesAndTheBreathOutToneFalls() {
        short[] in = samples(Cue.BREATHE_IN, 1);
        short[] out = samples(Cue.BREATHE_OUT, 1);

        assertThat(seconds(in)).isCloseTo(1.5, within(0.001));
        assertThat(seconds(out)).isCloseTo(2.0, within(0.001));
        assertThat(pitch(in, 0.05, 0.25)).isCloseTo(272, within(12.0));
        assertThat(pitch(in, 1.20, 1.40)).isCloseTo(375, within(12.0));
        assertThat(pitch(out, 0.05, 0.30)).isCloseTo(384, within(12.0));
        assertThat(pitch(out, 1.60, 1.85)).isCloseTo(276, within(12.0));
    }

    @Test
    void switchSidesAlternatesLowAndHighFourTimes() {
        short[] s = samples(Cue.SWITCH, 1);

        assertThat(seconds(s)).isCloseTo(0.70, within(0.001));
        assertThat(pitch(s, 0.02, 0.14)).isCloseTo(392, within(15.0));
        assertThat(pitch(s, 0.20, 0.32)).isCloseTo(784, within(15.0));
        assertThat(pitch(s, 0.38, 0.50)).isCloseTo(392, within(15.0));
        assertThat(pitch(s, 0.56, 0.68)).isCloseTo(784, within(15.0));
    }

    @Test
    void aTickIsShortAndHigh() {
        short[] s = samples(Cue.TICK, 1);

        assertThat(seconds(s)).isCloseTo(0.06, within(0.001));
        assertThat(pitch(s, 0.005, 0.055)).isCloseTo(1318, within(40.0));
    }

    @Test
    void startRisesAndFinishFallsToALongLastNote() {
        short[] start = samples(Cue.START, 1);
        short[] finish = samples(Cue.FINISH, 1);

        assertThat(pitch(start, 0.02, 0.15)).isCloseTo(523, within(15.0));
        assertThat(pitch(start, 0.50, 0.64)).isCloseTo(784, within(15.0));
        assertThat(seconds(finish)).isCloseTo(1.20, within(0.001));
        assertThat(pitch(finish, 0.02, 0.18)).isCloseTo(784, within(15.0));
        assertThat(pitch(finish, 0.72, 1.10)).isCloseTo(523, within(15.0));
    }

    @Test
    void everyCueIsToldApartByLengthOrPitch() {
        java.util.Set<String> shapes = new java.util.HashSet<>();
        for (Cue cue : Cue.values()) {
            short[] s = samples(cue, 1);
            shapes.add(Math.round(seconds(s) * 100) + "/" + Math.round(pitch(s, 0.005, 0.05) / 50));
        }
        assertThat(shapes).hasSize(Cue.values().length);
    }

    @Test
    void soundsStartAndEndInSilenceAndFollowTheVolume() {
        for (Cue cue : Cue.values()) {
            short[] full = samples(cue, 1.0);
            short[] half = samples(cue, 0.5);
            assertThat(Math.abs(full[0])).as(cue.name()).isLessThan(50);
            assertThat(Math.abs(full[full.length - 1])).as(cue.name()).isLessThan(300);
            assertThat(peak(full)).as(cue.name()).isBetween(3000, (int) (Short.MAX_VALUE * 0.5));
            assertThat(peak(half) / (double) peak(full)).as(cue.name()).isCloseTo(0.5, within(0.02));
            assertThat(peak(samples(cue, 0))).isZero();
        }
    }
}
