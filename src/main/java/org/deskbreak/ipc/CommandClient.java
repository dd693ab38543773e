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
import java.nio.file.Path;
import java.time.Duration;

/** Sends one request over the command socket and reads the answer, within a deadline. */
public final class CommandClient {

    private CommandClient() {
    }

    /**
     * @throws NobodyListens when no app listens on the socket (no file, or one left by a crash);
     *         another {@link IOException} when the answer does not come in time
     */
    public static Reply send(Path socket, Request request, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
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
            return Protocol.decodeReply(readAll(channel, deadline));
        }
    }

    private static byte[] readAll(SocketChannel channel, long deadline) throws IOException {
        channel.configureBlocking(false);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(Protocol.MAX_MESSAGE_BYTES);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    throw new IOException("DeskBreak did not answer in time");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    return received.toByteArray();
                }
                received.write(buffer.array(), 0, buffer.position());
                buffer.clear();
                if (received.size() > Protocol.MAX_MESSAGE_BYTES) {
                    throw new IOException("DeskBreak sent an answer longer than " + Protocol.MAX_MESSAGE_BYTES + " bytes");
                }
            }
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
