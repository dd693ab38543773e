package org.deskbreak.dbus;

import java.nio.channels.SocketChannel;
import org.freedesktop.dbus.spi.message.IMessageWriter;
import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;

/**
 * junixsocket's socket provider for dbus-java, with a writer that sends each message whole (see
 * {@link WholeMessageWriter}). dbus-java takes the first provider its service loader finds; this
 * one is listed in DeskBreak's own jar, which comes first on the class path, ahead of junixsocket's.
 */
public final class WholeMessageSockets extends JUnixSocketSocketProvider {

    @Override
    public IMessageWriter createWriter(SocketChannel channel) {
        IMessageWriter pieces = super.createWriter(channel);
        return pieces == null ? null : new WholeMessageWriter(channel, pieces);
    }
}
