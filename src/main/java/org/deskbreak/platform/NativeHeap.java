package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives memory the C heap has freed back to the system. glibc keeps what a closed window's
 * toolkit buffers, images and fonts freed, so a tray app that opened a window once keeps its
 * peak size all day. {@code malloc_trim(0)} is what the JVM's own {@code System.trim_native_heap}
 * calls; it is called here directly (JNA is loaded already for idle time), not through the
 * DiagnosticCommand MBean, which would start the JMX server and its classes for one call.
 * Called after events (the app started, a window closed), never on a timer: no wake-ups.
 */
public final class NativeHeap {

    private static final Logger log = LoggerFactory.getLogger(NativeHeap.class);

    interface GlibC extends Library {
        int malloc_trim(long pad);
    }

    private NativeHeap() {
    }

    /**
     * On a short-lived thread of its own, away from the event thread: a full collection (so the
     * native memory of what Java no longer uses is freed by its cleaners first), then the trim.
     */
    public static void trimSoon(String after) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return;
        }
        Thread t = new Thread(() -> trim(after), "deskbreak-trim");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void trim(String after) {
        try {
            System.gc();
            long before = System.nanoTime();
            int released = Native.load("c", GlibC.class).malloc_trim(0);
            log.debug("native heap trimmed after {} ({} ms, {})", after, (System.nanoTime() - before) / 1_000_000,
                    released == 1 ? "memory released" : "nothing to release");
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            log.debug("no native heap trim: {}", e.toString());   // not glibc (musl, say): nothing to do
        }
    }
}
