package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.deskbreak.core.IdleSource;
import org.junit.jupiter.api.Test;

/** Windows' tick arithmetic and macOS's seconds, and which source each system gets. */
class NativeIdleTest {

    // ---- Windows: two 32-bit tick counts ----------------------------------------------------

    @Test
    void idleTimeIsTheTicksBetweenTheLastInputAndNow() {
        WindowsIdle idle = new WindowsIdle(ticks(OptionalInt.of(1_000_000), 1_090_000));

        assertThat(idle.idleTime()).contains(Duration.ofSeconds(90));
    }

    @Test
    void theTickCountWrappingToZeroAfter49DaysStillGivesTheRightIdleTime() {
        // Last input 4096 ms before the wrap (tick 0xFFFFF000), now 4096 ms after it.
        WindowsIdle idle = new WindowsIdle(ticks(OptionalInt.of(0xFFFF_F000), 0x0000_1000));

        assertThat(idle.idleTime()).contains(Duration.ofMillis(8192));
    }

    @Test
    void ticksPastTheSignBitAreUnsigned() {
        // 25 days up: both tick counts are negative as Java ints.
        assertThat(WindowsIdle.elapsed(0x8000_0000, 0x8000_EA60)).isEqualTo(60_000);
        // The longest time a 32-bit tick can tell: 2^32 - 1 ms, 49.7 days.
        assertThat(WindowsIdle.elapsed(0, -1)).isEqualTo(4_294_967_295L);
        assertThat(Duration.ofMillis(WindowsIdle.elapsed(0, -1)).toHours()).isEqualTo(1193);
    }

    @Test
    void aFailedGetLastInputInfoSaysNothing() {
        assertThat(new WindowsIdle(ticks(OptionalInt.empty(), 5)).idleTime()).isEmpty();
    }

    private static WindowsIdle.Ticks ticks(OptionalInt last, int now) {
        return new WindowsIdle.Ticks() {
            @Override
            public OptionalInt lastInput() {
                return last;
            }

            @Override
            public int now() {
                return now;
            }
        };
    }

    // ---- macOS: seconds as a double ---------------------------------------------------------

    @Test
    void secondsSinceTheLastEventBecomeMilliseconds() {
        assertThat(new MacIdle(() -> 125.4567).idleTime()).contains(Duration.ofMillis(125_456));
    }

    @Test
    void aValueThatIsNoTimeSaysNothing() {
        assertThat(MacIdle.duration(Double.NaN)).isEmpty();
        assertThat(MacIdle.duration(-1)).isEmpty();
        assertThat(MacIdle.duration(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(MacIdle.duration(0)).contains(Duration.ZERO);
    }

    // ---- which source for which system ------------------------------------------------------

    private static final IdleSource WINDOWS = () -> Optional.of(Duration.ofSeconds(1));
    private static final IdleSource MAC = () -> Optional.of(Duration.ofSeconds(2));
    private static final IdleSource X11 = () -> Optional.of(Duration.ofSeconds(3));

    private static final DesktopIdle.Openers OPENERS = new DesktopIdle.Openers() {
        @Override
        public IdleSource windows() {
            return WINDOWS;
        }

        @Override
        public IdleSource mac() {
            return MAC;
        }

        @Override
        public IdleSource x11(String display) {
            return X11;
        }
    };

    @Test
    void eachSystemGetsItsOwnSource() {
        assertThat(DesktopIdle.detect(Map.of(), Os.WINDOWS, OPENERS)).isSameAs(WINDOWS);
        assertThat(DesktopIdle.detect(Map.of(), Os.MAC, OPENERS)).isSameAs(MAC);
        assertThat(DesktopIdle.detect(Map.of("DISPLAY", ":5"), Os.LINUX, OPENERS)).isSameAs(X11);
        assertThat(DesktopIdle.detect(Map.of("DISPLAY", ":5", "XDG_SESSION_TYPE", "wayland"), Os.LINUX, OPENERS))
                .isSameAs(IdleSource.NONE);
    }

    @Test
    void aWindowsLibraryThatWillNotLoadMeansNoIdleTimeNotAFailure() {
        DesktopIdle.Openers broken = new DesktopIdle.Openers() {
            @Override
            public IdleSource windows() throws IdleUnavailable {
                throw new IdleUnavailable("user32 cannot be loaded", null);
            }

            @Override
            public IdleSource mac() throws IdleUnavailable {
                throw new IdleUnavailable("CoreGraphics cannot be loaded", null);
            }

            @Override
            public IdleSource x11(String display) {
                return X11;
            }
        };

        assertThat(DesktopIdle.detect(Map.of(), Os.WINDOWS, broken)).isSameAs(IdleSource.NONE);
        assertThat(DesktopIdle.detect(Map.of(), Os.MAC, broken)).isSameAs(IdleSource.NONE);
    }

    @Test
    void onLinuxTheRealWindowsAndMacLibrariesDoNotLoadAndThatIsSaidNotThrown() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Os.current().isLinux());

        assertThat(DesktopIdle.detect(Map.of(), Os.WINDOWS, DesktopIdle.NATIVE)).isSameAs(IdleSource.NONE);
        assertThat(DesktopIdle.detect(Map.of(), Os.MAC, DesktopIdle.NATIVE)).isSameAs(IdleSource.NONE);
    }
}
