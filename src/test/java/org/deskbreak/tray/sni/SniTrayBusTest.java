package org.deskbreak.tray.sni;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Pause;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.e2e.PrivateBus;
import org.deskbreak.ui.MenuModel;
import org.deskbreak.ui.Messages;
import org.deskbreak.ui.StatusText;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The item on a real session bus (a private dbus-daemon of each address kind), with a stand-in
 * watcher: registration, properties, change signals and a restarted watcher. No display needed.
 */
class SniTrayBusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00", "Europe/Paris");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final StatusText text = new StatusText(messages, ZoneId.of("Europe/Paris"));
    private final Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();
    private final SniTray.Requests ignored = new SniTray.Requests() {
        @Override
        public void activate(int x, int y) {
        }

        @Override
        public void contextMenu(int x, int y) {
        }

        @Override
        public void chosen(MenuModel.Command command) {
        }
    };

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

    // ---- registering -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(PrivateBus.Kind.class)
    void itRegistersWithTheWatcherAndAnswersOnItsItemNameAndItsUniqueName(PrivateBus.Kind kind) throws Exception {
        PrivateBus bus = bus(kind);
        FakeWatcher watcher = open(new FakeWatcher(bus.address(), true));
        SniTray tray = started(bus);
        DBusConnection host = client(bus);
        String unique = host.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
                .GetNameOwner(tray.busName());

        assertThat(tray.busName()).matches("org\\.kde\\.StatusNotifierItem-" + ProcessHandle.current().pid() + "-\\d+");
        assertThat(watcher.registered).containsExactly(tray.busName());
        assertThat(tray.busKind()).isEqualTo(kind == PrivateBus.Kind.PATH ? "unix:path" : "unix:abstract");
        for (String name : List.of(tray.busName(), unique)) {
            Properties item = host.getRemoteObject(name, "/StatusNotifierItem", Properties.class);
            assertThat((Object) item.Get("org.kde.StatusNotifierItem", "Category")).isEqualTo("ApplicationStatus");
            assertThat((Object) item.Get("org.kde.StatusNotifierItem", "Status")).isEqualTo("Active");
            assertThat((Object) item.Get("org.kde.StatusNotifierItem", "ItemIsMenu")).isEqualTo(false);
            assertThat((Object) item.Get("org.kde.StatusNotifierItem", "Menu")).hasToString("/MenuBar");
            assertThat(item.GetAll("org.kde.StatusNotifierItem")).containsKeys("Id", "Title", "IconPixmap",
                    "AttentionIconPixmap", "ToolTip");
        }
    }

    @Test
    void withoutAWatcherThereIsNoTrayAndTheReasonSaysSo() throws Exception {
        PrivateBus bus = bus(PrivateBus.Kind.ABSTRACT);

        SniTray.Probe probe = SniTray.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), WAIT);

        assertThat(probe).isInstanceOfSatisfying(SniTray.Unavailable.class,
                u -> assertThat(u.reason()).contains("no org.kde.StatusNotifierWatcher"));
    }

    @Test
    void aWatcherWithNoHostIsNoTrayEither() throws Exception {
        PrivateBus bus = bus(PrivateBus.Kind.PATH);
        open(new FakeWatcher(bus.address(), false));

        SniTray.Probe probe = SniTray.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), WAIT);

        assertThat(probe).isInstanceOfSatisfying(SniTray.Unavailable.class,
                u -> assertThat(u.reason()).contains("no tray host"));
    }

    @Test
    void withoutASessionBusThereIsNoTray() {
        assertThat(SniTray.probe(Map.of(), WAIT)).isInstanceOfSatisfying(SniTray.Unavailable.class,
                u -> assertThat(u.reason()).contains("no session bus"));
        assertThat(SniTray.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("nobody-here")), WAIT))
                .isInstanceOfSatisfying(SniTray.Unavailable.class,
                        u -> assertThat(u.reason()).contains("could not connect to the session bus at unix:path"));
    }

    // ---- telling hosts what changed ----------------------------------------------------------

    @Test
    void hostsAreToldOfAChangeAndOfNothingElse() throws Exception {
        PrivateBus bus = bus(PrivateBus.Kind.ABSTRACT);
        open(new FakeWatcher(bus.address(), true));
        planner.start();
        SniTray tray = started(bus);
        List<String> heard = listen(client(bus));

        tray.show(item(ItemState.Status.ACTIVE));               // the same as before: nothing to say
        tray.show(item(ItemState.Status.NEEDS_ATTENTION));      // only the status changed
        await(() -> heard.contains("NewStatus NeedsAttention"));
        planner.pause(Pause.untilResumed());                    // the menu's Resume applies now
        tray.show(item(ItemState.Status.NEEDS_ATTENTION));
        await(() -> heard.stream().anyMatch(s -> s.startsWith("LayoutUpdated")));

        assertThat(heard).containsExactly("NewStatus NeedsAttention", "LayoutUpdated 2 0");
    }

    @Test
    void whenThePanelRestartsItsNewWatcherIsToldOfTheItemAgain() throws Exception {
        PrivateBus bus = bus(PrivateBus.Kind.PATH);
        FakeWatcher first = new FakeWatcher(bus.address(), true);
        SniTray tray = started(bus);

        first.close();
        FakeWatcher second = open(new FakeWatcher(bus.address(), true));

        await(() -> second.registered.contains(tray.busName()));
        assertThat(second.registered).containsExactly(tray.busName());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private ItemState item(ItemState.Status status) {
        List<Picture> icon = List.of(Picture.ofArgbPixels(1, 1, new int[] {0xFF336699}));
        return new ItemState(status, "DeskBreak", icon, icon, "DeskBreak", "Next break in 45 min",
                MenuModel.of(planner.snapshot(), messages, text));
    }

    private SniTray started(PrivateBus bus) throws Exception {
        SniTray.Probe probe = SniTray.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), WAIT);
        assertThat(probe).as("the probe on a bus with a watcher").isInstanceOf(SniTray.Ready.class);
        SniTray tray = ((SniTray.Ready) probe).tray();
        opened.add(tray);
        tray.start(item(ItemState.Status.ACTIVE), ignored, WAIT);
        return tray;
    }

    private List<String> listen(DBusConnection host) throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        host.addSigHandler(StatusNotifierItem.NewStatus.class, s -> heard.add("NewStatus " + s.status));
        host.addSigHandler(StatusNotifierItem.NewIcon.class, s -> heard.add("NewIcon"));
        host.addSigHandler(StatusNotifierItem.NewToolTip.class, s -> heard.add("NewToolTip"));
        host.addSigHandler(DBusMenu.LayoutUpdated.class, s -> heard.add("LayoutUpdated " + s.revision + " " + s.parent));
        return heard;
    }

    private PrivateBus bus(PrivateBus.Kind kind) throws Exception {
        return open(PrivateBus.start(kind, dir, Map.of()));
    }

    private DBusConnection client(PrivateBus bus) throws Exception {
        DBusConnection c = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        opened.add(c::disconnect);
        return c;
    }

    private <T extends AutoCloseable> T open(T t) {
        opened.add(t);
        return t;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

}
