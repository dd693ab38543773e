package org.deskbreak.routine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the routine's cues on their own thread so the window never waits for the sound system. Many desks
 * have no audio device; then the routine simply runs silent.
 */
final class CuePlayer {

    /** Opens a line for the format; {@link AudioSystem} in the app, a stand-in in tests. */
    interface LineOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CuePlayer.class);

    private final BooleanSupplier soundOn;
    private final IntSupplier volumePercent;
    private final LineOpener opener;
    private final AtomicBoolean warned = new AtomicBoolean();
    private ThreadPoolExecutor executor;

    /** @param volumePercent the volume setting, read at each cue so a change applies to the next one */
    CuePlayer(BooleanSupplier soundOn, IntSupplier volumePercent, LineOpener opener) {
        this.soundOn = soundOn;
        this.volumePercent = volumePercent;
        this.opener = opener;
    }

    static CuePlayer system(BooleanSupplier soundOn, IntSupplier volumePercent) {
        return new CuePlayer(soundOn, volumePercent, AudioSystem::getSourceDataLine);
    }

    /** Returns at once; skipped when sound is off or the volume is 0, dropped when two cues already wait. */
    synchronized void play(Cue cue) {
        int volume = volumePercent.getAsInt();
        if (!soundOn.getAsBoolean() || volume <= 0) {
            return;
        }
        if (executor == null) {
            // No core thread: the one worker ends a few seconds after the last chime, so an
            // idle app keeps no audio thread around.
            executor = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2), r -> {
                Thread t = new Thread(r, "deskbreak-cues");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());
        }
        executor.execute(() -> playNow(cue, volume));
    }

    /** Plays on the calling thread; false when there was no sound to be had. */
    boolean playNow(Cue cue, int volume) {
        AudioFormat format = Tones.format(Tones.SAMPLE_RATE);
        byte[] samples = cue.pcm(Tones.SAMPLE_RATE, volume / 100.0);
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
                LOG.info("No sound for the routine's cues: {}", e.toString());
            } else {
                LOG.debug("No sound for the routine's cues", e);
            }
            return false;
        }
    }

    /** Lets the worker end once the cues already asked for have played; the next cue starts another. */
    synchronized void shutdown() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
