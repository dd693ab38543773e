package org.deskbreak.ipc;

import java.util.Objects;

/**
 * The running app's answer: a status, a one-line message for people, an optional body (the JSON of
 * {@code status --json}) and something to do once the answer is on its way ({@code quit}).
 */
public record Reply(Status status, String message, String body, Runnable afterSent) {

    static final Runnable NOTHING = () -> { };

    public enum Status {
        /** Done. */
        OK,
        /** Understood but the planner said no (nothing due, snooze limit reached). */
        REFUSED,
        /** Not a valid request. */
        BAD,
        /** The caller is not the user who runs the app. */
        DENIED,
        /** Something went wrong on either side. */
        ERROR
    }

    public Reply {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(afterSent, "afterSent");
    }

    public static Reply ok(String message) {
        return new Reply(Status.OK, message, "", NOTHING);
    }

    public static Reply refused(String message) {
        return new Reply(Status.REFUSED, message, "", NOTHING);
    }

    public static Reply bad(String message) {
        return new Reply(Status.BAD, message, "", NOTHING);
    }

    public static Reply error(String message) {
        return new Reply(Status.ERROR, message, "", NOTHING);
    }

    public Reply withBody(String text) {
        return new Reply(status, message, text, afterSent);
    }

    public Reply thenRun(Runnable action) {
        return new Reply(status, message, body, action);
    }
}
