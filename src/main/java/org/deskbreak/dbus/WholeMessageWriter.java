package org.deskbreak.dbus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.spi.message.IMessageWriter;

/**
 * Sends each D-Bus message with one write to the socket. dbus-java marshals a message into many
 * small pieces (every integer, padding and string its own) and its own writer sends each piece
 * with a write of its own: the tray item's properties, read by the panel whenever its tooltip
 * changes, went out in some 240 writes, and every one woke the bus daemon and the sending thread.
 *
 * <p>Messages that carry file descriptors go through dbus-java's writer, which knows how to pass
 * them; DeskBreak sends none.
 */
final class WholeMessageWriter implements IMessageWriter {

    private final WritableByteChannel out;
    private final IMessageWriter withDescriptors;

    WholeMessageWriter(WritableByteChannel out, IMessageWriter withDescriptors) {
        this.out = out;
        this.withDescriptors = withDescriptors;
    }

    @Override
    public void writeMessage(Message message) throws IOException {
        if (message == null || message.getWireData() == null) {
            return;
        }
        if (!message.getFiledescriptors().isEmpty()) {
            withDescriptors.writeMessage(message);
            return;
        }
        ByteBuffer whole = ByteBuffer.wrap(joined(message.getWireData()));
        while (whole.hasRemaining()) {
            out.write(whole);
        }
    }

    /** The pieces up to the first missing one, as dbus-java's writer reads them, end to end. */
    static byte[] joined(byte[][] pieces) {
        int size = 0;
        int count = 0;
        while (count < pieces.length && pieces[count] != null) {
            size += pieces[count].length;
            count++;
        }
        byte[] whole = new byte[size];
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(pieces[i], 0, whole, at, pieces[i].length);
            at += pieces[i].length;
        }
        return whole;
    }

    @Override
    public boolean isClosed() {
        return !out.isOpen();
    }

    @Override
    public void close() throws IOException {
        withDescriptors.close();
    }
}
