package org.deskbreak.ipc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one request over the command socket and reads the answer, within deadlines: the app must
 * take the request within the time limit, and finish it within the time limit once it has started;
 * while the request waits behind others in the app's queue, the client waits much longer.
 */
public final class CommandClient {

    /** How long a taken request may wait behind other commands before the client stops waiting. */
    public static final Duration QUEUE_PATIENCE = Duration.ofMinutes(2);

    private CommandClient() {
    }

    /**
     * @throws NobodyListens when no app listens on the socket (no file, or one left by a crash);
     *         another {@link IOException} when the answer does not come in time
     */
    public static Reply send(Path socket, Request request, Duration timeout) throws IOException {
        return send(socket, request, timeout, QUEUE_PATIENCE);
    }

    static Reply send(Path socket, Request request, Duration timeout, Duration queuePatience) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (SocketException e) {
                throw new NobodyListens(socket, e);
            }
            ByteBuffer out = ByteBuffer.wrap(Protocol.encode(request));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            return Protocol.decodeReply(new Answer(timeout, queuePatience).readAll(channel));
        }
    }

    /** The reply as it arrives, after any progress lines; each line moves the deadline. */
    private static final class Answer {
        private final long timeoutNanos;
        private final long patienceNanos;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private Protocol.Progress progress;
        private long deadline;
        private int replyStart;
        private boolean progressOver;

        Answer(Duration timeout, Duration queuePatience) {
            this.timeoutNanos = timeout.toNanos();
            this.patienceNanos = queuePatience.toNanos();
            this.deadline = System.nanoTime() + timeoutNanos;
        }

        byte[] readAll(SocketChannel channel) throws IOException {
            channel.configureBlocking(false);
            ByteBuffer buffer = ByteBuffer.allocate(Protocol.MAX_MESSAGE_BYTES);
            try (Selector selector = Selector.open()) {
                channel.register(selector, SelectionKey.OP_READ);
                while (true) {
                    long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                    if (left <= 0) {
                        throw new IOException(tooLate());
                    }
                    selector.select(left);
                    selector.selectedKeys().clear();
                    int n = channel.read(buffer);
                    if (n < 0) {
                        byte[] all = received.toByteArray();
                        return java.util.Arrays.copyOfRange(all, replyStart, all.length);
                    }
                    received.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                    if (received.size() - replyStart > Protocol.MAX_MESSAGE_BYTES) {
                        throw new IOException("DeskBreak sent an answer longer than " + Protocol.MAX_MESSAGE_BYTES + " bytes");
                    }
                    takeProgressLines();
                }
            }
        }

        private void takeProgressLines() {
            byte[] all = received.toByteArray();
            while (!progressOver) {
                int end = indexOf(all, (byte) '\n', replyStart);
                if (end < 0) {
                    return;
                }
                Optional<Protocol.Progress> line = Protocol.Progress.of(
                        new String(all, replyStart, end - replyStart, StandardCharsets.UTF_8));
                if (line.isEmpty()) {
                    progressOver = true;
                    return;
                }
                progress = line.get();
                replyStart = end + 1;
                deadline = System.nanoTime() + (progress == Protocol.Progress.QUEUED ? patienceNanos : timeoutNanos);
            }
        }

        private String tooLate() {
            if (progress == null) {
                return "DeskBreak did not answer in time";
            }
            return progress == Protocol.Progress.QUEUED
                    ? "DeskBreak took the command but is still busy with earlier ones; it will carry it out in turn"
                    : "DeskBreak started the command but did not finish it in time";
        }

        private static int indexOf(byte[] bytes, byte b, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Connecting failed: the app is not running, or is not listening yet. */
    public static final class NobodyListens extends IOException {
        private static final long serialVersionUID = 1L;

        NobodyListens(Path socket, SocketException cause) {
            super("nobody listens on " + socket + ": " + cause.getMessage(), cause);
        }
    }
}
