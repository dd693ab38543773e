package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.deskbreak.app.CapturedLog;

/** Asking the busy signals: any one busy is enough; one that fails or hangs counts as not busy, logged once. */
class DesktopBusyTest {

    private final CountDownLatch never = new CountDownLatch(1);
    private CapturedLog log;

    @BeforeEach
    void catchLog() {
        log = CapturedLog.of(DesktopBusy.class);
    }

    @AfterEach
    void release() {
        log.close();
        never.countDown();
    }

    private static BusySignal signal(String name, Optional<String> answer) {
        return fake(name, () -> answer);
    }

    private interface Answer {
        Optional<String> get() throws Exception;
    }

    private static BusySignal fake(String name, Answer answer) {
        return new BusySignal() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> busyBecause() throws Exception {
                return answer.get();
            }
        };
    }

    private List<String> warnings() {
        return log.warnings();
    }

    @Test
    void anyOneBusySignalMakesTheUserBusy() {
        DesktopBusy busy = new DesktopBusy(List.of(signal("calm", Optional.empty()),
                signal("presenting", Optional.of("slides are up"))), Duration.ofSeconds(1));

        assertThat(busy.busyBecause()).contains("slides are up");
    }

    @Test
    void noSignalBusyIsNotBusy() {
        DesktopBusy busy = new DesktopBusy(List.of(signal("calm", Optional.empty())), Duration.ofSeconds(1));

        assertThat(busy.busyBecause()).isEmpty();
        assertThat(new DesktopBusy(List.of(), Duration.ofSeconds(1)).busyBecause()).isEmpty();
    }

    @Test
    void aFailingSignalCountsAsNotBusyAndIsLoggedOnce() {
        DesktopBusy busy = new DesktopBusy(List.of(fake("broken", () -> {
            throw new IllegalStateException("no such interface");
        })), Duration.ofSeconds(1));

        assertThat(busy.busyBecause()).isEmpty();
        assertThat(busy.busyBecause()).isEmpty();
        assertThat(warnings()).singleElement().asString().contains("broken", "no such interface");
    }

    @Test
    void aHangingSignalCountsAsNotBusyOnceTheTimeoutPassesAndTheOthersStillCount() {
        DesktopBusy busy = new DesktopBusy(List.of(fake("hangs", () -> {
            never.await();
            return Optional.of("too late");
        }), signal("dnd", Optional.of("Do Not Disturb"))), Duration.ofMillis(300));

        long start = System.nanoTime();
        Optional<String> answer = busy.busyBecause();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).contains("Do Not Disturb");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(new DesktopBusy(List.of(fake("hangs too", () -> {
            never.await();
            return Optional.of("too late");
        })), Duration.ofMillis(200)).busyBecause()).isEmpty();
        assertThat(warnings()).anySatisfy(w -> assertThat(w).contains("hangs", "no answer within 300 ms"));
    }

    // ---- what each platform answer means ----------------------------------------------------

    @Test
    void windowsIsBusyForFullscreenDirect3dPresentationAndQuietTime() throws Exception {
        for (int state : new int[] {WindowsNotificationState.QUNS_BUSY, WindowsNotificationState.QUNS_RUNNING_D3D_FULL_SCREEN,
                WindowsNotificationState.QUNS_PRESENTATION_MODE, WindowsNotificationState.QUNS_QUIET_TIME}) {
            assertThat(new WindowsNotificationState(() -> state).busyBecause()).as("state " + state).isPresent();
        }
        for (int state : new int[] {WindowsNotificationState.QUNS_NOT_PRESENT,
                WindowsNotificationState.QUNS_ACCEPTS_NOTIFICATIONS, WindowsNotificationState.QUNS_APP, 0, 99}) {
            assertThat(new WindowsNotificationState(() -> state).busyBecause()).as("state " + state).isEmpty();
        }
    }

    @Test
    void aFailingWindowsCallIsAFailureNotBusy() {
        DesktopBusy busy = new DesktopBusy(List.of(new WindowsNotificationState(() -> {
            throw new IllegalStateException("SHQueryUserNotificationState failed: 0x80004005");
        })), Duration.ofSeconds(1));

        assertThat(busy.busyBecause()).isEmpty();
        assertThat(warnings()).singleElement().asString().contains("0x80004005");
    }

    @Test
    void gnomeBannersOffMeansDoNotDisturb() {
        assertThat(GnomeBanners.bannersOff("false\n")).isTrue();
        assertThat(GnomeBanners.bannersOff("true\n")).isFalse();
        assertThat(GnomeBanners.bannersOff("")).isFalse();
    }

    @Test
    void mutterIdleUnderASecondIsActivity() {
        assertThat(MutterIdle.reading(Duration.ofMillis(640))).isEqualTo(Duration.ZERO);
        assertThat(MutterIdle.reading(Duration.ofMillis(1000))).isEqualTo(Duration.ofMillis(1000));
        assertThat(MutterIdle.reading(Duration.ofMillis(4321))).isEqualTo(Duration.ofMillis(4321));
    }

    @Test
    void kdeOnWaylandIsNotTrustedForIdleTime() {
        DesktopIdle.Found found = DesktopIdle.detect(java.util.Map.of("XDG_SESSION_TYPE", "wayland",
                "XDG_CURRENT_DESKTOP", "KDE", "DISPLAY", ":0"), Optional.empty());

        assertThat(found.kind()).isEqualTo("none");
        assertThat(found.description()).contains("KDE Plasma on Wayland", "answers 0");
    }

    @Test
    void screenAreasOverlapOnlyWhenTheyShareMoreThanAnEdge() {
        ScreenArea left = new ScreenArea(0, 0, 1280, 800);
        assertThat(left.overlaps(new ScreenArea(0, 0, 1280, 800))).isTrue();
        assertThat(left.overlaps(new ScreenArea(1280, 0, 1920, 1080))).isFalse();
        assertThat(left.overlaps(new ScreenArea(1200, 100, 400, 300))).isTrue();
    }
}
