package org.deskbreak.platform;

import com.sun.jna.Native;
import com.sun.jna.Structure;
import com.sun.jna.win32.StdCallLibrary;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.deskbreak.core.IdleSource;

/**
 * Idle time on Windows: {@code GetLastInputInfo} gives the tick count (milliseconds since boot)
 * of the session's last input, {@code GetTickCount} the tick count now. Both are 32-bit and wrap
 * to zero every 49.7 days, so the difference is taken as an unsigned 32-bit number: right across
 * a wrap, as long as the user has been away less than 49.7 days.
 */
final class WindowsIdle implements IdleSource {

    /** The two tick counts, behind an interface so the arithmetic is tested without Windows. */
    interface Ticks {
        /** The tick of the last input, as GetLastInputInfo's dwTime; empty when the call fails. */
        OptionalInt lastInput();

        /** GetTickCount(): milliseconds since boot, modulo 2^32. */
        int now();
    }

    /** {@code typedef struct tagLASTINPUTINFO { UINT cbSize; DWORD dwTime; } LASTINPUTINFO;} (winuser.h) */
    @Structure.FieldOrder({"cbSize", "dwTime"})
    public static final class LastInputInfo extends Structure {
        public int cbSize;
        public int dwTime;

        public LastInputInfo() {
            cbSize = size();
        }
    }

    /** user32.dll: {@code BOOL GetLastInputInfo(PLASTINPUTINFO plii)} */
    interface User32 extends StdCallLibrary {
        boolean GetLastInputInfo(LastInputInfo info);
    }

    /** kernel32.dll: {@code DWORD GetTickCount(void)} */
    interface Kernel32 extends StdCallLibrary {
        int GetTickCount();
    }

    private final Ticks ticks;

    WindowsIdle(Ticks ticks) {
        this.ticks = ticks;
    }

    static WindowsIdle open() throws IdleUnavailable {
        User32 user32;
        Kernel32 kernel32;
        try {
            user32 = Native.load("user32", User32.class);
            kernel32 = Native.load("kernel32", Kernel32.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IdleUnavailable("user32 or kernel32 cannot be loaded: " + e.getMessage(), e);
        }
        return new WindowsIdle(new Ticks() {
            @Override
            public OptionalInt lastInput() {
                LastInputInfo info = new LastInputInfo();
                return user32.GetLastInputInfo(info) ? OptionalInt.of(info.dwTime) : OptionalInt.empty();
            }

            @Override
            public int now() {
                return kernel32.GetTickCount();
            }
        });
    }

    @Override
    public Optional<Duration> idleTime() {
        OptionalInt last = ticks.lastInput();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(elapsed(last.getAsInt(), ticks.now())));
    }

    /** Milliseconds from {@code then} to {@code now}, two 32-bit tick counts that may have wrapped in between. */
    static long elapsed(int then, int now) {
        return Integer.toUnsignedLong(now - then);
    }
}
