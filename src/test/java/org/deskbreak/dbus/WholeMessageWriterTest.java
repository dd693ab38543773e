package org.deskbreak.dbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.IntStream;
import org.freedesktop.dbus.FileDescriptor;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MessageFactory;
import org.freedesktop.dbus.messages.constants.Endian;
import org.freedesktop.dbus.spi.message.IMessageWriter;
import org.freedesktop.dbus.spi.message.ISocketProvider;
import org.junit.jupiter.api.Test;

class WholeMessageWriterTest {

    private final MessageFactory messages = new MessageFactory(Endian.LITTLE);
    private final Channel channel = new Channel(Integer.MAX_VALUE);
    private final Pieces pieces = new Pieces();

    // One write per message

    @Test
    void aMessageOfManyPiecesGoesOutInOneWrite() throws Exception {
        Message call = callWithStrings(40);
        assertThat(pieceCount(call)).as("pieces dbus-java marshalled").isGreaterThan(40);

        new WholeMessageWriter(channel, pieces).writeMessage(call);

        assertThat(channel.writes).isEqualTo(1);
        assertThat(channel.bytes.toByteArray()).isEqualTo(concatenated(call));
        assertThat(pieces.sent).isEmpty();
    }

    @Test
    void aWriteTheSocketTakesOnlyPartOfIsFinished() throws Exception {
        Channel slow = new Channel(100);
        Message call = callWithStrings(40);

        new WholeMessageWriter(slow, pieces).writeMessage(call);

        assertThat(slow.bytes.toByteArray()).isEqualTo(concatenated(call));
    }

    // What only dbus-java's writer knows how to send

    @Test
    void aMessageCarryingAFileDescriptorGoesThroughDbusJavasWriter() throws Exception {
        Message call = messages.createMethodCall("org.example.Peer", "/", "org.example.Peer", "Take", (byte) 0, "h",
                new FileDescriptor(7));

        new WholeMessageWriter(channel, pieces).writeMessage(call);

        assertThat(pieces.sent).containsExactly(call);
        assertThat(channel.writes).isZero();
    }

    // dbus-java finds this writer

    @Test
    void theServiceLoaderOffersDeskBreaksSocketsBeforeJunixsockets() {
        ISocketProvider first = ServiceLoader.load(ISocketProvider.class).iterator().next();

        assertThat(first).isInstanceOf(WholeMessageSockets.class);
    }

    private Message callWithStrings(int n) throws Exception {
        String[] names = IntStream.range(0, n).mapToObj(i -> "name-" + i).toArray(String[]::new);
        return messages.createMethodCall("org.example.Peer", "/org/example", "org.example.Peer", "Names", (byte) 0,
                "as", (Object) names);
    }

    private static int pieceCount(Message m) {
        int n = 0;
        for (byte[] piece : m.getWireData()) {
            if (piece == null) {
                break;
            }
            n++;
        }
        return n;
    }

    private static byte[] concatenated(Message m) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] piece : m.getWireData()) {
            if (piece == null) {
                break;
            }
            all.writeBytes(piece);
        }
        return all.toByteArray();
    }

    /** A socket that counts writes and takes at most {@code limit} bytes at each. */
    private static final class Channel implements WritableByteChannel {
        private final int limit;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        Channel(int limit) {
            this.limit = limit;
        }

        @Override
        public int write(ByteBuffer src) {
            writes++;
            int n = Math.min(limit, src.remaining());
            byte[] taken = new byte[n];
            src.get(taken);
            bytes.writeBytes(taken);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    /** dbus-java's own writer, which sends piece by piece. */
    private static final class Pieces implements IMessageWriter {
        final List<Message> sent = new ArrayList<>();

        @Override
        public void writeMessage(Message m) {
            sent.add(m);
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
