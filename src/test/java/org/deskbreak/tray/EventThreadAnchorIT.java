package org.deskbreak.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * With the D-Bus tray no AWT component exists, so AWT would end its event thread a second after
 * each minute's update and start a new one for the next. Held, the same event thread stays, and
 * nothing is shown. Skipped without a display, unless DESKBREAK_E2E_REQUIRED is set (CI).
 */
@DisabledIf("headless")
class EventThreadAnchorIT {

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    @Test
    void theEventThreadOutlivesAwtsIdleShutdownWhileHeldAndNothingIsShown() throws Exception {
        EventThreadAnchor anchor = new EventThreadAnchor();
        AtomicReference<Thread> eventThread = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            anchor.hold();
            eventThread.set(Thread.currentThread());
        });
        try {
            // AWT ends an idle event thread one second after the last displayable component goes.
            eventThread.get().join(3000);

            assertThat(eventThread.get().isAlive()).as("the same event thread, three seconds later").isTrue();
            assertThat(onEdt(anchor::holding)).isTrue();
            assertThat(onEdt(() -> java.util.Arrays.stream(Window.getWindows()).noneMatch(Window::isShowing)))
                    .as("no window on screen").isTrue();
        } finally {
            SwingUtilities.invokeAndWait(anchor::release);
        }
        assertThat(onEdt(anchor::holding)).as("released").isFalse();
    }

    private static boolean onEdt(java.util.function.BooleanSupplier check) throws Exception {
        boolean[] result = new boolean[1];
        EventQueue.invokeAndWait(() -> result[0] = check.getAsBoolean());
        return result[0];
    }
}
