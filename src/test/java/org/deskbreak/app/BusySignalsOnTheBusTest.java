package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Phase;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.PlannerState;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Timing;
import org.deskbreak.dbus.SessionBus;
import org.deskbreak.dbus.Xfconf;
import org.deskbreak.e2e.PrivateBus;
import org.deskbreak.platform.DesktopBusy;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GNOME's, KDE's and Xfce's busy signals against a real dbus-daemon, with a stand-in desktop that
 * owns the same names and properties: a due break waits while each says busy, and shows once none
 * does. The planner runs on a hand-stepped clock; the questions really go over the bus, from the
 * app's moment thread.
 */
class BusySignalsOnTheBusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final BlockingQueue<PlannerState> states = new LinkedBlockingQueue<>();
    private final List<BreakEvent> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int shown;   // written on the moment thread only

    @BeforeAll
    static void needsDbusDaemon() {
        if (!PrivateBus.available()) {
            if ("1".equals(System.getenv("DESKBREAK_E2E_REQUIRED"))) {
                throw new AssertionError("dbus-daemon is not on the PATH (DESKBREAK_E2E_REQUIRED=1)");
            }
            Assumptions.abort("these tests need dbus-daemon (Debian package dbus)");
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void theBreakWaitsWhileKdeThenGnomeThenXfceSayBusyAndShowsWhenNoneDoes() throws Exception {
        PrivateBus bus = PrivateBus.start(PrivateBus.Kind.ABSTRACT, dir, Map.of());
        opened.add(bus);
        StandInDesktop desktop = new StandInDesktop(bus.address());
        opened.add(desktop);
        Planner planner = plannerAsking(bus);

        desktop.kdeInhibited = true;
        PlannerState atDue = stepAndAnswer(planner, Duration.ofMinutes(1));
        assertThat(atDue.phase()).isEqualTo(Phase.DUE);
        assertThat(atDue.waiting()).as("KDE's Do Not Disturb holds the reminder").isTrue();

        desktop.kdeInhibited = false;
        desktop.gnomeInhibited = 8 | 1;   // idle and logout inhibited: a video call
        assertThat(stepAndAnswer(planner, Duration.ofMinutes(1)).waiting()).as("GNOME's idle inhibitor holds it").isTrue();

        desktop.gnomeInhibited = 4;       // suspend only: not the user being busy
        desktop.xfceDoNotDisturb = true;
        assertThat(stepAndAnswer(planner, Duration.ofMinutes(1)).waiting()).as("Xfce's Do Not Disturb holds it").isTrue();
        assertThat(shown).isZero();

        desktop.xfceDoNotDisturb = false;
        PlannerState after = stepAndAnswer(planner, Duration.ofMinutes(1));

        assertThat(after.waiting()).isFalse();
        assertThat(shown).as("the reminder shows once nothing says busy").isEqualTo(1);
        assertThat(recorded).extracting(BreakEvent::kind).containsExactly(EventKind.WAITED);
        assertThat(recorded.get(0).start()).isEqualTo(clock.instant().minus(Duration.ofMinutes(3)));
        assertThat(recorded.get(0).end()).contains(clock.instant());
    }

    @Test
    void aDesktopWithNoneOfTheServicesIsNeverBusy() throws Exception {
        PrivateBus bus = PrivateBus.start(PrivateBus.Kind.PATH, dir, Map.of());
        opened.add(bus);
        Planner planner = plannerAsking(bus);

        PlannerState atDue = stepAndAnswer(planner, Duration.ofMinutes(1));

        assertThat(atDue.waiting()).isFalse();
        assertThat(shown).isEqualTo(1);
    }

    @Test
    void aServiceThatNeverAnswersCountsAsNotBusyWithinTheSignalsTimeout() throws Exception {
        PrivateBus bus = PrivateBus.start(PrivateBus.Kind.PATH, dir, Map.of());
        opened.add(bus);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        DBusConnection hung = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        opened.add(hung::disconnect);
        hung.exportObject("/org/freedesktop/Notifications", new PropertiesOf("/org/freedesktop/Notifications",
                "org.freedesktop.Notifications", "Inhibited", () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Variant<>(true);
                }));
        hung.requestBusName("org.freedesktop.Notifications");
        Planner planner = plannerAsking(bus);
        opened.add(never::countDown);   // closed first: lets the stand-in's handler thread go

        long start = System.nanoTime();
        PlannerState atDue = stepAndAnswer(planner, Duration.ofMinutes(1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(atDue.waiting()).isFalse();
        assertThat(shown).isEqualTo(1);
    }

    @Test
    void onGnomeTheIdleTimeComesFromMutterAndUnderASecondIsActivity() throws Exception {
        PrivateBus bus = PrivateBus.start(PrivateBus.Kind.ABSTRACT, dir, Map.of());
        opened.add(bus);
        java.util.concurrent.atomic.AtomicLong idleMs = new java.util.concurrent.atomic.AtomicLong(4321);
        DBusConnection mutter = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        opened.add(mutter::disconnect);
        mutter.exportObject(org.deskbreak.dbus.MutterIdleMonitor.PATH, new org.deskbreak.dbus.MutterIdleMonitor() {
            @Override
            public org.freedesktop.dbus.types.UInt64 GetIdletime() {
                return new org.freedesktop.dbus.types.UInt64(idleMs.get());
            }

            @Override
            public String getObjectPath() {
                return org.deskbreak.dbus.MutterIdleMonitor.PATH;
            }
        });
        mutter.requestBusName(org.deskbreak.dbus.MutterIdleMonitor.BUS_NAME);
        SessionBus session = ((SessionBus.Connected) SessionBus.connect(
                Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), WAIT)).bus();
        opened.add(session);

        org.deskbreak.platform.DesktopIdle.Found found = org.deskbreak.platform.DesktopIdle.detect(
                Map.of("XDG_SESSION_TYPE", "wayland", "XDG_CURRENT_DESKTOP", "ubuntu:GNOME"), Optional.of(session));

        assertThat(found.kind()).isEqualTo("mutter");
        assertThat(found.source().idleTime()).contains(Duration.ofMillis(4321));
        idleMs.set(640);
        assertThat(found.source().idleTime()).contains(Duration.ZERO);
    }

    private Planner plannerAsking(PrivateBus bus) {
        SessionBus session = ((SessionBus.Connected) SessionBus.connect(
                Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), WAIT)).bus();
        opened.add(session);
        DesktopBusy busy = DesktopBusy.detect(Map.of(), Optional.of(session), Optional::empty);
        Settings settings = Settings.defaults().withInterval(Duration.ofMinutes(1)).withPreBreakNotice(Duration.ZERO)
                .withTiming(new Timing(true, Duration.ofMinutes(30), false));
        Planner planner = new Planner(clock, settings, IdleSource.NONE);
        planner.addListener(new MomentWatch(planner, busy, IdleSource.NONE));
        planner.addListener(new PlannerListener() {
            @Override
            public void stateChanged(PlannerState state) {
                states.add(state);
            }

            @Override
            public void breakDue(boolean renudge) {
                shown++;
            }

            @Override
            public void recorded(BreakEvent event) {
                recorded.add(event);
            }
        });
        planner.start();
        return planner;
    }

    /** Moves the clock on, ticks, and waits for the answer from the bus to reach the planner. */
    private PlannerState stepAndAnswer(Planner planner, Duration step) throws InterruptedException {
        clock.advance(step);
        states.clear();
        planner.tick();
        states.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);   // the tick itself
        PlannerState answered = states.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(answered).as("the answer from the bus arrived").isNotNull();
        return answered;
    }

    /** The desktop's services as far as DeskBreak asks them: names, objects and properties. */
    static final class StandInDesktop implements AutoCloseable {
        volatile boolean kdeInhibited;
        volatile long gnomeInhibited;
        volatile boolean xfceDoNotDisturb;
        private final DBusConnection connection;

        StandInDesktop(String address) throws Exception {
            connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
            connection.exportObject("/org/freedesktop/Notifications", new PropertiesOf("/org/freedesktop/Notifications",
                    "org.freedesktop.Notifications", "Inhibited", () -> new Variant<>(kdeInhibited)));
            connection.exportObject("/org/gnome/SessionManager", new PropertiesOf("/org/gnome/SessionManager",
                    "org.gnome.SessionManager", "InhibitedActions", () -> new Variant<>(new UInt32(gnomeInhibited))));
            connection.exportObject(Xfconf.PATH, new Xfconf() {
                @Override
                public Variant<?> GetProperty(String channel, String property) {
                    if (!channel.equals("xfce4-notifyd") || !property.equals("/do-not-disturb")) {
                        throw new UnknownProperty(channel + property);
                    }
                    return new Variant<>(xfceDoNotDisturb);
                }

                @Override
                public String getObjectPath() {
                    return Xfconf.PATH;
                }
            });
            connection.requestBusName("org.freedesktop.Notifications");
            connection.requestBusName("org.gnome.SessionManager");
            connection.requestBusName(Xfconf.BUS_NAME);
        }

        @Override
        public void close() {
            connection.disconnect();
        }
    }

    /** One object with one readable property. */
    private record PropertiesOf(String path, String iface, String name,
                                java.util.function.Supplier<Variant<?>> value) implements Properties {
        @Override
        @SuppressWarnings("unchecked")
        public <A> A Get(String i, String n) {
            if (i.equals(iface) && n.equals(name)) {
                return (A) value.get();
            }
            throw new UnknownProperty(n);
        }

        @Override
        public <A> void Set(String i, String n, A v) {
            throw new UnknownProperty(n);
        }

        @Override
        public Map<String, Variant<?>> GetAll(String i) {
            return i.equals(iface) ? Map.of(name, value.get()) : Map.of();
        }

        @Override
        public String getObjectPath() {
            return path;
        }
    }
}
