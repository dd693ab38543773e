package org.deskbreak.ipc;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.deskbreak.platform.Os;

/**
 * Lets only the user who owns the runtime folder talk to the app. The 0700 folder already keeps
 * others out; asking the kernel who is on the other end (SO_PEERCRED) also holds when the folder's
 * mode was loosened by hand.
 */
final class PeerCheck {

    private final Optional<UserPrincipal> owner;
    private final boolean linux;

    PeerCheck(Optional<UserPrincipal> owner, Os os) {
        this.owner = owner;
        this.linux = os.isLinux();
    }

    boolean allows(SocketChannel client) {
        if (owner.isEmpty()) {
            // No POSIX owner (Windows): the socket sits in the user's own profile folder.
            return true;
        }
        if (!client.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            // Linux always offers it, so its absence there means something is off; elsewhere the
            // private folder is the guard.
            return !linux;
        }
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(owner.get().getName());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
