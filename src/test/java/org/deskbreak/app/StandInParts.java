package org.deskbreak.app;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JDialog;
import org.deskbreak.core.Planner;
import org.deskbreak.core.PlannerListener;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsStore;

/**
 * Parts for trying the desktop side before every real part is wired: settings kept in memory,
 * the real scheduler, and a one-button routine window whose label counts steps.
 */
public class StandInParts implements DesktopParts {

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
            public Settings current() {
                return settings;
            }

            @Override
            public synchronized Settings update(UnaryOperator<Settings> change) {
                settings = change.apply(settings);
                return settings;
            }

            @Override
            public void onExternalChange(Consumer<Settings> listener) {
            }
        };
    }

    /** The real scheduler: it is wired already. */
    @Override
    public WakeUps startWakeUps(Runnable tick) {
        return new DesktopWiring(org.deskbreak.platform.AppDirs.detect(), 1.0, java.util.List.of()).startWakeUps(tick);
    }

    @Override
    public RoutineWindow routineWindow(Planner planner,
            java.util.function.Consumer<java.util.function.UnaryOperator<org.deskbreak.core.Settings>> saveSettings) {
        return new RoutineWindow() {
            private JDialog dialog;

            @Override
            public PlannerListener listener() {
                return new PlannerListener() {
                    @Override
                    public void routineStarted() {
                        javax.swing.SwingUtilities.invokeLater(() -> show());
                    }
                };
            }

            private void show() {
                dialog = new JDialog((java.awt.Window) null, "Routine");
                JButton done = new JButton("Done");
                done.addActionListener(e -> finish(planner));
                javax.swing.JLabel step = new javax.swing.JLabel("step 0");
                int[] n = {0};
                javax.swing.Timer steps = new javax.swing.Timer(300, e -> step.setText("step " + (++n[0])));
                steps.start();
                dialog.add(step, java.awt.BorderLayout.CENTER);
                dialog.add(done, java.awt.BorderLayout.SOUTH);
                dialog.setSize(420, 300);
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
                    dialog = null;
                    planner.routineClosed();
                }
            }
        };
    }

    /**
     * Starts the app with stand-in parts. Reads {@code interval_minutes}, {@code snooze_minutes} and
     * {@code notice_seconds} from DESKBREAK_HOME/config/deskbreak.ini when present and writes the
     * interval back on save: enough to try the desktop side before the real settings store is wired.
     */
    public static void main(String[] args) throws java.io.IOException {
        String logDir = System.getProperty("deskbreak.logdir");
        if (logDir != null) {
            LogFile.install(java.nio.file.Path.of(logDir), System.getProperty("deskbreak.loglevel", "INFO"));
        }
        boolean noTray = java.util.Arrays.asList(args).contains("--no-tray");
        String home = System.getenv().getOrDefault("DESKBREAK_HOME", System.getProperty("java.io.tmpdir"));
        java.nio.file.Path ini = java.nio.file.Path.of(home, "config", "deskbreak.ini");
        Settings s = Settings.defaults();
        if (java.nio.file.Files.exists(ini)) {
            for (String line : java.nio.file.Files.readAllLines(ini)) {
                String[] kv = line.split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                String v = kv[1].trim();
                try {
                    switch (kv[0].trim()) {
                        case "interval_minutes" -> s = s.withInterval(Duration.ofMinutes(Long.parseLong(v)));
                        case "snooze_minutes" -> s = s.withSnoozeLength(Duration.ofMinutes(Long.parseLong(v)));
                        case "notice_seconds" -> s = s.withPreBreakNotice(Duration.ofSeconds(Long.parseLong(v)));
                        default -> { }
                    }
                } catch (IllegalArgumentException e) {
                    // a stand-in: bad values keep the defaults
                }
            }
        }
        StandInParts parts = new StandInParts(s) {
            @Override
            public SettingsStore settingsStore() {
                SettingsStore memory = super.settingsStore();
                return new SettingsStore() {
                    @Override
                    public Settings load() {
                        return memory.load();
                    }

                    @Override
                    public Settings current() {
                        return memory.current();
                    }

                    @Override
                    public Settings update(UnaryOperator<Settings> change) {
                        Settings settings = memory.update(change);
                        try {
                            java.nio.file.Files.createDirectories(ini.getParent());
                            java.nio.file.Files.writeString(ini, "interval_minutes = " + settings.interval().toMinutes()
                                    + "\nsnooze_minutes = " + settings.snoozeLength().toMinutes()
                                    + "\nnotice_seconds = " + settings.preBreakNotice().toSeconds() + "\n");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return settings;
                    }

                    @Override
                    public void onExternalChange(Consumer<Settings> listener) {
                    }
                };
            }
        };
        DesktopApp.launch(parts, DesktopApp.Options.of(noTray));
    }
}
