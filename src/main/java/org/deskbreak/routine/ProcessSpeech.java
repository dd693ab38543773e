package org.deskbreak.routine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deskbreak.platform.SpeechCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads text aloud by running the system's speech program. Starting a process can take a moment,
 * so it happens on a worker thread and the window never waits. Each new text ends the one before:
 * moving on in the routine cuts off what is still being said.
 */
final class ProcessSpeech implements Speech {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessSpeech.class);

    private final SpeechCommand command;
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Guards {@link #worker} alone: {@code this} is held by the worker while a process starts. */
    private final Object workerLock = new Object();
    private ExecutorService worker;
    private Process speaking;

    ProcessSpeech(SpeechCommand command) {
        this.command = command;
    }

    /** The system's engine, or silence (said once in the log) where there is none. */
    static Speech system() {
        Optional<SpeechCommand> found = SpeechCommand.detect();
        if (found.isEmpty()) {
            return new Speech() {
                private final AtomicBoolean told = new AtomicBoolean();

                @Override
                public void say(String text) {
                    if (told.compareAndSet(false, true)) {
                        LOG.info("No speech engine found (spd-say, espeak-ng, say or Windows speech); the routine stays silent");
                    }
                }

                @Override
                public void stop() {
                }
            };
        }
        LOG.info("speech engine: {}", found.get().name());
        return new ProcessSpeech(found.get());
    }

    @Override
    public void say(String text) {
        worker().execute(() -> start(text));
    }

    @Override
    public void stop() {
        worker().execute(this::silence);
    }

    /** Silences what is still said, then lets the worker end: the window that spoke is gone. */
    @Override
    public void release() {
        ExecutorService done;
        synchronized (workerLock) {
            done = worker;
            worker = null;
        }
        if (done != null) {
            done.execute(this::silence);
            done.shutdown();
        }
    }

    /**
     * One thread that also ends when idle, so an app with no routine on screen keeps none; made
     * again by the next routine's first words.
     */
    private ExecutorService worker() {
        synchronized (workerLock) {
            if (worker == null) {
                worker = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "deskbreak-speech");
                    t.setDaemon(true);
                    return t;
                });
            }
            return worker;
        }
    }

    private synchronized void start(String text) {
        silence();
        try {
            Process p = new ProcessBuilder(command.argv(text)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                if (command.viaStdin()) {
                    in.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            speaking = p;
            LOG.debug("saying: {}", text);
        } catch (IOException | RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.info("Speech with {} failed: {}", command.name(), e.toString());
            }
        }
    }

    private synchronized void silence() {
        Process p = speaking;
        speaking = null;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            runQuietly(command.cancel());
        }
    }

    /** The process still speaking, for tests. */
    synchronized Optional<Process> speaking() {
        return Optional.ofNullable(speaking);
    }

    private static void runQuietly(List<String> argv) {
        if (argv.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.debug("could not run {}", argv, e);
        }
    }
}
