package org.deskbreak.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import java.util.Optional;

/**
 * The Windows busy signal: {@code SHQueryUserNotificationState} (shell32) says whether Windows
 * itself would hold back a notification now. Busy: a fullscreen application, fullscreen Direct3D
 * (games, video), presentation mode, or quiet time (Focus Assist, the first hour after setup).
 */
final class WindowsNotificationState implements BusySignal {

    /** How the state is read: shell32 on Windows, a fake in tests. */
    interface Query {
        /** The QUERY_USER_NOTIFICATION_STATE value; throws when the call fails. */
        int state() throws Exception;
    }

    interface Shell32 extends Library {
        int SHQueryUserNotificationState(IntByReference state);
    }

    static final int QUNS_NOT_PRESENT = 1;
    static final int QUNS_BUSY = 2;
    static final int QUNS_RUNNING_D3D_FULL_SCREEN = 3;
    static final int QUNS_PRESENTATION_MODE = 4;
    static final int QUNS_ACCEPTS_NOTIFICATIONS = 5;
    static final int QUNS_QUIET_TIME = 6;
    static final int QUNS_APP = 7;

    private final Query query;

    WindowsNotificationState(Query query) {
        this.query = query;
    }

    /** The real one, where shell32 can be loaded. */
    static Optional<BusySignal> load() {
        try {
            Shell32 shell = Native.load("shell32", Shell32.class);
            return Optional.of(new WindowsNotificationState(() -> {
                IntByReference state = new IntByReference();
                int hr = shell.SHQueryUserNotificationState(state);
                if (hr != 0) {
                    throw new IllegalStateException("SHQueryUserNotificationState failed: 0x" + Integer.toHexString(hr));
                }
                return state.getValue();
            }));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "Windows notification state";
    }

    @Override
    public Optional<String> busyBecause() throws Exception {
        return meaning(query.state());
    }

    /** Why a state means busy, or empty when Windows would show a notification (or nobody is there). */
    static Optional<String> meaning(int state) {
        return switch (state) {
            case QUNS_BUSY -> Optional.of("a fullscreen application is in front");
            case QUNS_RUNNING_D3D_FULL_SCREEN -> Optional.of("a fullscreen Direct3D application runs");
            case QUNS_PRESENTATION_MODE -> Optional.of("presentation mode is on");
            case QUNS_QUIET_TIME -> Optional.of("Windows is in quiet time");
            default -> Optional.empty();
        };
    }
}
