package org.deskbreak.dbus;

/** A question to the session bus got no usable answer in time; the message says why, for the log. */
public final class BusQueryFailed extends Exception {

    private static final long serialVersionUID = 1L;

    BusQueryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
