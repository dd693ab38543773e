package org.deskbreak.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What nobody caught, on any thread (the event thread included: AWT hands its uncaught
 * exceptions to the same handler), goes to deskbreak.log instead of only to a standard error
 * nobody reads.
 */
final class UncaughtLogging implements Thread.UncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UncaughtLogging.class);

    private UncaughtLogging() {
    }

    /** Makes this the JVM's default handler; call first thing at start. */
    static void install() {
        if (!(Thread.getDefaultUncaughtExceptionHandler() instanceof UncaughtLogging)) {
            Thread.setDefaultUncaughtExceptionHandler(new UncaughtLogging());
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            log.error("Uncaught on thread {}", thread.getName(), failure);
        } catch (Throwable loggingFailed) {
            // Logging itself failed (a full disk, or out of memory): standard error is all that is left.
            System.err.println("Uncaught on thread " + thread.getName() + ": " + failure);
        }
    }
}
