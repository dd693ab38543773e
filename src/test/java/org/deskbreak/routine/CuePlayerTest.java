package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class CuePlayerTest {

    @Test
    void theRealSoundSystemWithoutADeviceDoesNotThrow() {
        CuePlayer player = CuePlayer.system(() -> true, () -> 100);

        assertThatCode(() -> player.playNow(Cue.STEP, 100)).doesNotThrowAnyException();
    }

    @Test
    void aMissingLineMeansSilenceNotAnError() {
        CuePlayer unavailable = new CuePlayer(() -> true, () -> 100, f -> {
            throw new LineUnavailableException("no mixer");
        });
        CuePlayer unsupported = new CuePlayer(() -> true, () -> 100, f -> {
            throw new IllegalArgumentException("no line matching " + f);
        });

        assertThat(unavailable.playNow(Cue.TICK, 50)).isFalse();
        assertThat(unavailable.playNow(Cue.TICK, 50)).isFalse();
        assertThat(unsupported.playNow(Cue.TICK, 50)).isFalse();
    }

    @Test
    void soundOffNeverTouchesTheSoundSystem() {
        AtomicInteger opened = new AtomicInteger();
        CuePlayer player = new CuePlayer(() -> false, () -> 100, f -> {
            opened.incrementAndGet();
            throw new LineUnavailableException();
        });

        player.play(Cue.SWITCH);
        player.shutdown();

        assertThat(opened).hasValue(0);
    }

    @Test
    void playingReturnsAtOnceAndSoundsOnADaemonThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        AtomicReference<Thread> soundThread = new AtomicReference<>();
        CuePlayer player = new CuePlayer(() -> true, () -> 100, f -> {
            soundThread.set(Thread.currentThread());
            reached.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new LineUnavailableException("released");
        });

        player.play(Cue.SWITCH);  // would hang this thread if it played here

        assertThat(reached.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(soundThread.get()).isNotSameAs(Thread.currentThread());
        assertThat(soundThread.get().isDaemon()).isTrue();
        release.countDown();
        player.shutdown();
    }

    @Test
    void volumeZeroNeverTouchesTheSoundSystem() {
        AtomicInteger opened = new AtomicInteger();
        CuePlayer player = new CuePlayer(() -> true, () -> 0, f -> {
            opened.incrementAndGet();
            throw new LineUnavailableException();
        });

        player.play(Cue.START);
        player.shutdown();

        assertThat(opened).hasValue(0);
    }
}
