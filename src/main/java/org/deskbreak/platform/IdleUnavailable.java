package org.deskbreak.platform;

/** The desktop's idle time cannot be read; the message says why, for the log. */
final class IdleUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    IdleUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
