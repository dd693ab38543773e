package org.deskbreak.core;

import java.util.Optional;

/** The answer to a user action: done, or refused with a reason. */
public record ActionResult(Optional<Refusal> refusal) {

    private static final ActionResult OK = new ActionResult(Optional.empty());

    public static ActionResult ok() {
        return OK;
    }

    public static ActionResult refused(Refusal why) {
        return new ActionResult(Optional.of(why));
    }

    public boolean isOk() {
        return refusal.isEmpty();
    }
}
