package org.deskbreak.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.deskbreak.core.BusySource;
import org.deskbreak.dbus.SessionBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every busy signal this desktop has, all at once, each for at most {@link #TIMEOUT}: the
 * user is busy when any says so. A signal that fails or does not answer in time counts as "not
 * busy", and is logged once (the first time), not on every question.
 */
public final class DesktopBusy implements BusySource {

    /** The longest one signal may take; the question as a whole takes no longer. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(DesktopBusy.class);

    private final List<BusySignal> signals;
    private final Duration timeout;
    private final ExecutorService askers;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    DesktopBusy(List<BusySignal> signals, Duration timeout) {
        this.signals = List.copyOf(signals);
        this.timeout = timeout;
        this.askers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "deskbreak-busy");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The signals of the session described by {@code env}: the X11 fullscreen window where there
     * is an X display, the D-Bus ones where there is a session bus, GNOME's banner setting on
     * GNOME, the notification state on Windows. macOS has no public Do Not Disturb to ask.
     * {@code cardScreen}: where the reminder would appear; a fullscreen window elsewhere does not count.
     */
    public static DesktopBusy detect(Map<String, String> env, Optional<SessionBus> bus,
                                     Supplier<Optional<ScreenArea>> cardScreen) {
        List<BusySignal> found = new ArrayList<>();
        Os os = Os.current();
        if (os.isWindows()) {
            WindowsNotificationState.load().ifPresent(found::add);
        }
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank() && !os.isMac()) {
            try {
                found.add(X11Fullscreen.open(display, cardScreen));
            } catch (IdleUnavailable e) {
                LOG.info("Busy: cannot look for a fullscreen window ({})", e.getMessage());
            }
        }
        bus.ifPresent(b -> found.addAll(BusSignals.all(b, TIMEOUT)));
        if (env.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(java.util.Locale.ROOT).contains("GNOME")) {
            found.add(new GnomeBanners());
        }
        DesktopBusy busy = new DesktopBusy(found, TIMEOUT);
        LOG.info("Busy: asking {}", busy.describe());
        return busy;
    }

    /** The signals asked, for the log and {@code deskbreak status}. */
    public String describe() {
        return signals.isEmpty() ? "nothing (this desktop cannot tell)"
                : String.join(", ", signals.stream().map(BusySignal::name).toList());
    }

    @Override
    public Optional<String> busyBecause() {
        List<Future<Optional<String>>> asked = new ArrayList<>();
        for (BusySignal s : signals) {
            asked.add(askers.submit(s::busyBecause));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<String> because = Optional.empty();
        for (int i = 0; i < asked.size(); i++) {
            Optional<String> answer = answer(signals.get(i), asked.get(i), deadline);
            if (because.isEmpty() && answer.isPresent()) {
                because = answer;
            }
        }
        return because;
    }

    private Optional<String> answer(BusySignal signal, Future<Optional<String>> asked, long deadline) {
        try {
            Optional<String> a = asked.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return a == null ? Optional.empty() : a;
        } catch (TimeoutException e) {
            asked.cancel(true);
            failedOnce(signal, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            failedOnce(signal, e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void failedOnce(BusySignal signal, String why) {
        if (failedOnce.add(signal.name())) {
            LOG.warn("Busy: {} could not be asked, so it counts as not busy ({}); not logged again", signal.name(), why);
        }
    }
}
