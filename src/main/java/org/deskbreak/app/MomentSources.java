package org.deskbreak.app;

import java.util.Objects;
import org.deskbreak.core.BusySource;
import org.deskbreak.core.IdleSource;

/**
 * What tells the app whether now is a good moment for a reminder, and in words what each is:
 * logged once at start and shown by {@code deskbreak status}.
 *
 * @param idleKind  {@code mutter}, {@code x11} or {@code none}
 * @param idleWhy   where the idle time comes from, or why there is none
 * @param busyWhat  the busy signals asked, in words
 */
public record MomentSources(IdleSource idle, String idleKind, String idleWhy, BusySource busy, String busyWhat) {

    public static final MomentSources NONE = new MomentSources(IdleSource.NONE, "none", "not asked", BusySource.NONE,
            "nothing");

    public MomentSources {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(idleKind, "idleKind");
        Objects.requireNonNull(idleWhy, "idleWhy");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(busyWhat, "busyWhat");
    }
}
