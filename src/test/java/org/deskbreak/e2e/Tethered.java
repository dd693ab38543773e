package org.deskbreak.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the processes a desktop test leaves running (X server, window manager, tray, the app)
 * so that they cannot outlive the test JVM. Each runs under a small shell watchdog that holds the
 * read end of a pipe from this JVM as its standard input. However the JVM ends, by SIGKILL or a
 * crash included, the kernel closes the write end; the watchdog sees end of file and stops its
 * process and anything it started (TERM, then KILL if they are still there after five seconds).
 * A shutdown hook could not do this: it never runs on SIGKILL.
 *
 * <p>The {@link Process} returned is the watchdog's: it lives as long as the process it guards,
 * exits with its status, and {@code destroy()} (TERM) is passed on to it.
 */
final class Tethered {

    static final Duration GRACE = Duration.ofSeconds(5);

    // $0 is a name for ps, "$@" the command. Background jobs of a non-interactive shell read from
    // /dev/null, so the pipe is kept as fd 3 for the watcher and closed for the command itself.
    // setsid makes the command a process group of its own (same pid: a background job is no group
    // leader), so what it starts itself (openbox's autostart, say) is stopped with it. dash's kill
    // takes -PGID but not "--".
    private static final String WATCHDOG = """
            exec 3<&0 </dev/null
            setsid "$@" 3<&- &
            child=$!
            trap 'kill -TERM -"$child" 2>/dev/null' TERM INT HUP
            {
              read -r _ <&3
              kill -TERM -"$child" 2>/dev/null
              i=0
              while kill -0 -"$child" 2>/dev/null && [ "$i" -lt %d ]; do sleep 0.1; i=$((i + 1)); done
              kill -KILL -"$child" 2>/dev/null
            } &
            watcher=$!
            exec 3<&-
            while :; do
              wait "$child"
              status=$?
              kill -0 "$child" 2>/dev/null || break
            done
            kill "$watcher" 2>/dev/null
            kill -TERM -"$child" 2>/dev/null
            exit "$status"
            """.formatted(GRACE.toMillis() / 100);

    private Tethered() {
    }

    /**
     * A process builder for {@code command} run under the watchdog. Set its environment and
     * output as usual; its standard input must stay the default pipe, which is the tether.
     */
    static ProcessBuilder builder(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "tethered-" + name(command)));
        wrapped.addAll(command);
        return new ProcessBuilder(wrapped);
    }

    /** Cuts the tether, which stops the process as the JVM's end would, and waits for it to go. */
    static void stop(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            p.destroy();
        }
        try {
            if (!p.waitFor(GRACE.toMillis() + 2_000, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private static String name(List<String> command) {
        String first = command.get(0);
        return first.substring(first.lastIndexOf('/') + 1);
    }
}
