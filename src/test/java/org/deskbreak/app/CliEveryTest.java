package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.SettingsStore;
import org.deskbreak.ipc.Reply;
import org.deskbreak.ipc.Request;
import org.deskbreak.ui.BreakActions;
import org.junit.jupiter.api.Test;

/** `deskbreak every` when the settings file cannot be written: the reply says so in words, the interval applies. */
class CliEveryTest {

    private final Planner planner = new Planner(ManualClock.at(CliTestApp.START, "UTC"), Settings.defaults(),
            IdleSource.NONE);

    /** A store on a full disk: every write fails the way the real one reports it. */
    private final SettingsStore fullDisk = new SettingsStore() {
        @Override
        public Settings load() {
            return Settings.defaults();
        }

        @Override
        public Settings current() {
            return Settings.defaults();
        }

        @Override
        public Settings update(UnaryOperator<Settings> change) {
            throw new SettingsNotSaved("Could not save deskbreak.ini: no space left on device",
                    change.apply(Settings.defaults()), null);
        }

        @Override
        public void onExternalChange(Consumer<Settings> listener) {
        }
    };

    private final BreakActions actions = new BreakActions(planner, fullDisk, s -> { }, () -> { }, () -> { }, () -> { },
            () -> { });

    private final RunningApp app = new RunningApp() {
        @Override
        public Planner planner() {
            return planner;
        }

        @Override
        public void setInterval(Duration interval) {
            actions.setInterval(interval);
        }

        @Override
        public void showStatus() {
        }

        @Override
        public void showSettings() {
        }

        @Override
        public void showStats() {
        }

        @Override
        public void quit() {
        }
    };

    @Test
    void aFullDiskIsSaidInWordsAndTheIntervalStillApplies() {
        planner.start();
        Reply reply = new CliDispatcher(app, new org.deskbreak.core.ClockFormat(java.util.Locale.UK, ZoneOffset.UTC)).handle(Request.of("every", "30m"));

        assertThat(reply.status()).isEqualTo(Reply.Status.ERROR);
        assertThat(reply.message())
                .isEqualTo("Could not save deskbreak.ini: no space left on device; reminding every 30m until DeskBreak restarts");
        assertThat(planner.settings().interval()).isEqualTo(Duration.ofMinutes(30));
    }
}
