package org.deskbreak.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deskbreak.core.IdleSource;
import org.deskbreak.dbus.BusQueryFailed;
import org.deskbreak.dbus.SessionBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idle time from GNOME's compositor, {@code org.gnome.Mutter.IdleMonitor.GetIdletime}: the one
 * program that sees all input on Wayland. As Workrave found: right after input Mutter answers a
 * few hundred milliseconds, not zero, so under a second counts as active; and while an application
 * inhibits idle (a video, a meeting) GNOME may restart the count, which then reads as activity.
 * A question that fails or takes longer than {@link #TIMEOUT} means "cannot tell" this time.
 */
final class MutterIdle implements IdleSource {

    static final Duration TIMEOUT = Duration.ofMillis(500);
    static final Duration ACTIVE_BELOW = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(MutterIdle.class);

    private final SessionBus bus;
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    MutterIdle(SessionBus bus) {
        this.bus = bus;
    }

    @Override
    public Optional<Duration> idleTime() {
        try {
            return bus.mutterIdleTime(TIMEOUT).map(ms -> reading(Duration.ofMillis(ms)));
        } catch (BusQueryFailed e) {
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("Idle time: GNOME's idle monitor did not answer ({}); not logged again", e.getMessage());
            }
            return Optional.empty();
        }
    }

    static Duration reading(Duration reported) {
        return reported.compareTo(ACTIVE_BELOW) < 0 ? Duration.ZERO : reported;
    }
}
