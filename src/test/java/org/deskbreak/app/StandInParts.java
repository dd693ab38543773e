package org.deskbreak.app;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;

/**
 * Parts for trying the desktop side on its own: settings kept in memory, time from a plain
 * executor, and a one-button routine window.
 */
public final class StandInParts implements DesktopParts {

    private volatile Settings settings;

    public StandInParts(Settings initial) {
        this.settings = initial;
    }

    public Settings saved() {
        return settings;
    }

    @Override
    public SettingsStore settingsStore() {
        return new SettingsStore() {
            @Override
            public Settings load() {
                return settings;
            }

            @Override
            public void save(Settings s) {
                settings = s;
            }

            @Override
            public void onExternalChange(Consumer<Settings> listener) {
            }
        };
    }

    @Override
    public WakeUps startWakeUps(Runnable tick) {
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor();
        return new WakeUps() {
            private ScheduledFuture<?> next;

            @Override
            public synchronized void wakeAt(Instant when) {
                if (next != null) {
                    next.cancel(false);
                }
                long ms = Math.max(0, Duration.between(Instant.now(), when).toMillis());
                next = exec.schedule(tick, ms, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                exec.shutdownNow();
            }
        };
    }

    @Override
    public RoutineWindow routineWindow(Planner planner) {
        return new RoutineWindow() {
            private JDialog dialog;

            @Override
            public void show() {
                dialog = new JDialog((java.awt.Window) null, "Routine");
                JButton done = new JButton("Done");
                done.addActionListener(e -> finish(planner));
                dialog.add(done);
                dialog.pack();
                dialog.setVisible(true);
            }

            private void finish(Planner p) {
                p.finishRoutine(true);
                close();
            }

            @Override
            public void close() {
                if (dialog != null) {
                    dialog.dispose();
                }
            }
        };
    }

    /** Starts the app with stand-in parts: {@code DevDesktop [--no-tray] [interval-minutes]}. */
    public static void main(String[] args) {
        boolean noTray = args.length > 0 && args[0].equals("--no-tray");
        Settings s = Settings.defaults().withInterval(Duration.ofMinutes(1)).withPreBreakNotice(Duration.ofSeconds(20));
        DesktopApp.launch(new StandInParts(s), new DesktopApp.Options(noTray, 1.0));
    }
}
