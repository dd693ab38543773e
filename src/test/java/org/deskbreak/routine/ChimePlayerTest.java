package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class ChimePlayerTest {

    @Test
    void theRealSoundSystemWithoutADeviceDoesNotThrow() {
        ChimePlayer player = ChimePlayer.system(() -> true);

        assertThatCode(player::playNow).doesNotThrowAnyException();
    }

    @Test
    void aMissingLineMeansSilenceNotAnError() {
        ChimePlayer unavailable = new ChimePlayer(() -> true, f -> {
            throw new LineUnavailableException("no mixer");
        });
        ChimePlayer unsupported = new ChimePlayer(() -> true, f -> {
            throw new IllegalArgumentException("no line matching " + f);
        });

        assertThat(unavailable.playNow()).isFalse();
        assertThat(unavailable.playNow()).isFalse();
        assertThat(unsupported.playNow()).isFalse();
    }

    @Test
    void soundOffNeverTouchesTheSoundSystem() {
        AtomicInteger opened = new AtomicInteger();
        ChimePlayer player = new ChimePlayer(() -> false, f -> {
            opened.incrementAndGet();
            throw new LineUnavailableException();
        });

        player.play();
        player.shutdown();

        assertThat(opened).hasValue(0);
    }

    @Test
    void playingReturnsAtOnceAndSoundsOnADaemonThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        AtomicReference<Thread> soundThread = new AtomicReference<>();
        ChimePlayer player = new ChimePlayer(() -> true, f -> {
            soundThread.set(Thread.currentThread());
            reached.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new LineUnavailableException("released");
        });

        player.play();  // would hang this thread if it played here

        assertThat(reached.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(soundThread.get()).isNotSameAs(Thread.currentThread());
        assertThat(soundThread.get().isDaemon()).isTrue();
        release.countDown();
        player.shutdown();
    }
}
