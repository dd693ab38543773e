package org.deskbreak.ipc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.deskbreak.platform.FileKind;

/**
 * Talks to the DeskBreak that runs for this user, if one does. The lock, not the socket, says
 * whether it runs: a socket file can outlive a crashed app, a lock cannot.
 */
public final class RunningInstance {

    /** How long an app that holds the lock may take to open its socket (it binds after the tray is up). */
    public static final Duration STARTUP_PATIENCE = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final long RETRY_MILLIS = 100;

    private RunningInstance() {
    }

    /** The app's answer, or empty when no DeskBreak runs for this user. */
    public static Optional<Reply> send(RuntimeFolder folder, Request request) throws IOException {
        long deadline = System.nanoTime() + STARTUP_PATIENCE.toNanos();
        while (true) {
            Optional<Reply> reply = trySend(folder, request);
            if (reply.isPresent()) {
                return reply;
            }
            if (!InstanceLock.isHeld(folder.lockFile())) {
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("DeskBreak is running but its command socket does not answer: " + whatIsAt(folder.socket()));
            }
            pause();
        }
    }

    /** "/run/…/deskbreak.sock: is a folder, not a socket": the path and what is wrong with it. */
    static String whatIsAt(Path socket) throws IOException {
        Optional<FileKind> there = FileKind.of(socket);
        if (there.isEmpty()) {
            return socket + ": no socket there";
        }
        if (there.get() != FileKind.SOCKET) {
            return socket + ": is " + there.get().described() + ", not a socket";
        }
        return socket + ": nothing listens on it";
    }

    /** The answer, or empty when nobody listens on the socket (yet). */
    public static Optional<Reply> trySend(RuntimeFolder folder, Request request) throws IOException {
        try {
            return Optional.of(CommandClient.send(folder.socket(), request, ANSWER_TIMEOUT));
        } catch (CommandClient.NobodyListens notYet) {
            return Optional.empty();
        }
    }

    /** A bounded wait for another process (the app starting up), never for our own logic. */
    public static void pause() throws IOException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for DeskBreak", e);
        }
    }
}
