package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChimeTest {

    private static short[] samples(byte[] pcm) {
        short[] s = new short[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
        }
        return s;
    }

    @Test
    void lastsAboutAThirdOfASecondAtAnySampleRate() {
        assertThat(Chime.pcm(44_100f)).hasSize(2 * (int) Math.round(Chime.LENGTH_SECONDS * 44_100));
        assertThat(Chime.pcm(22_050f)).hasSize(2 * (int) Math.round(Chime.LENGTH_SECONDS * 22_050));
        assertThat(Chime.LENGTH_SECONDS).isBetween(0.25, 0.5);
    }

    @Test
    void isAudibleButFarFromClipping() {
        short[] s = samples(Chime.pcm(Chime.SAMPLE_RATE));
        int peak = 0;
        double energy = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
            energy += (double) v * v;
        }
        double rms = Math.sqrt(energy / s.length);
        assertThat(peak).isGreaterThan(Short.MAX_VALUE / 20).isLessThan(Short.MAX_VALUE / 2);
        assertThat(rms).isGreaterThan(500);
    }

    @Test
    void startsAndEndsInSilenceSoItDoesNotClick() {
        short[] s = samples(Chime.pcm(Chime.SAMPLE_RATE));
        int edge = (int) (0.002 * Chime.SAMPLE_RATE);  // the first and last 2 ms
        for (int i = 0; i < edge; i++) {
            assertThat(Math.abs(s[i])).as("sample %d", i).isLessThan(300);
            assertThat(Math.abs(s[s.length - 1 - i])).as("sample %d from the end", i).isLessThan(300);
        }
        assertThat(s[0]).isZero();
    }

    @Test
    void noSampleJumpsLikeAClick() {
        short[] s = samples(Chime.pcm(Chime.SAMPLE_RATE));
        int biggestStep = 0;
        for (int i = 1; i < s.length; i++) {
            biggestStep = Math.max(biggestStep, Math.abs(s[i] - s[i - 1]));
        }
        // A 1 kHz sine at this level moves at most ~1,000 per sample at 44.1 kHz.
        assertThat(biggestStep).isLessThan(1_500);
    }

    @Test
    void hasTwoTonesTheSecondStartingLater() {
        short[] s = samples(Chime.pcm(Chime.SAMPLE_RATE));
        int beforeSecond = (int) (Chime.SECOND_TONE_AT * Chime.SAMPLE_RATE) - 1;
        int crossingsFirst = crossings(s, 0, beforeSecond);
        int len = beforeSecond;
        int lateStart = (int) ((Chime.SECOND_TONE_AT + 0.03) * Chime.SAMPLE_RATE);
        int crossingsLate = crossings(s, lateStart, Math.min(s.length, lateStart + len));
        // The higher second tone dominates once the first has faded, so the waveform crosses zero more often.
        assertThat(crossingsLate).isGreaterThan(crossingsFirst);
    }

    @Test
    void refusesNonsenseSampleRates() {
        assertThatThrownBy(() -> Chime.pcm(0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chime.pcm(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int crossings(short[] s, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                n++;
            }
        }
        return n;
    }
}
