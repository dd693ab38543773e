package org.deskbreak.routine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the chime on its own thread so the window never waits for the sound system. Many desks
 * have no audio device; then the routine simply runs silent.
 */
final class ChimePlayer {

    /** Opens a line for the format; {@link AudioSystem} in the app, a stand-in in tests. */
    interface LineOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChimePlayer.class);

    private final BooleanSupplier soundOn;
    private final LineOpener opener;
    private final AtomicBoolean warned = new AtomicBoolean();
    private final byte[] samples = Chime.pcm(Chime.SAMPLE_RATE);
    private ThreadPoolExecutor executor;

    ChimePlayer(BooleanSupplier soundOn, LineOpener opener) {
        this.soundOn = soundOn;
        this.opener = opener;
    }

    static ChimePlayer system(BooleanSupplier soundOn) {
        return new ChimePlayer(soundOn, AudioSystem::getSourceDataLine);
    }

    /** Returns at once; skipped when sound is off, dropped if a chime is still waiting to play. */
    synchronized void play() {
        if (!soundOn.getAsBoolean()) {
            return;
        }
        if (executor == null) {
            // No core thread: the one worker ends a few seconds after the last chime, so an
            // idle app keeps no audio thread around.
            executor = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), r -> {
                Thread t = new Thread(r, "deskbreak-chime");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());
        }
        executor.execute(this::playNow);
    }

    /** Plays on the calling thread; false when there was no sound to be had. */
    boolean playNow() {
        AudioFormat format = Chime.format(Chime.SAMPLE_RATE);
        try {
            SourceDataLine line = opener.open(format);
            try {
                line.open(format, samples.length);
                line.start();
                line.write(samples, 0, samples.length);
                line.drain();
            } finally {
                line.close();
            }
            return true;
        } catch (LineUnavailableException | RuntimeException | LinkageError e) {
            if (warned.compareAndSet(false, true)) {
                LOG.info("No sound for the routine chime: {}", e.toString());
            } else {
                LOG.debug("No sound for the routine chime", e);
            }
            return false;
        }
    }

    synchronized void shutdown() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
