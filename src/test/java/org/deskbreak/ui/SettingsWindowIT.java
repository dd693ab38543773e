package org.deskbreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import org.deskbreak.core.Settings;
import org.deskbreak.core.SettingsNotSaved;
import org.deskbreak.core.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * The real settings window on a real display, filled in as a person would. Skipped without a
 * display, unless DESKBREAK_E2E_REQUIRED is set (CI), where a missing display is a failure.
 */
@DisabledIf("headless")
class SettingsWindowIT {

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SettingsWindow window = new SettingsWindow(messages, AppIcons.load());
    private final List<UnaryOperator<Settings>> saved = new CopyOnWriteArrayList<>();

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    /** A save that is written at once. */
    private CompletableFuture<Settings> record(UnaryOperator<Settings> change) {
        saved.add(change);
        return CompletableFuture.completedFuture(change.apply(Settings.defaults()));
    }

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(window::close);
    }

    @Test
    void timeAwayIsSetInMinutesAndSavedWithEverythingElseKept() throws Exception {
        Settings before = Settings.defaults().withInterval(Duration.ofMinutes(30));
        SwingUtilities.invokeAndWait(() -> window.open(before, this::record));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));

        SwingUtilities.invokeAndWait(() -> {
            Container form = dialog.getContentPane();
            JSpinner away = spinnerAfter(form, messages.text("settings.idleReset"));
            assertThat(away.getValue()).isEqualTo(5);
            away.setValue(12);
            button(form, messages.text("settings.save")).doClick();
        });

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).apply(before)).isEqualTo(before.withIdleReset(Duration.ofMinutes(12)));
        SwingUtilities.invokeAndWait(() -> assertThat(window.isOpen()).as("closed once the save is written").isFalse());
    }

    // ---- the right moment --------------------------------------------------------------------

    @Test
    void bothWaitsAreOnByDefaultAndTurningThemOffIsSaved() throws Exception {
        Settings before = Settings.defaults();
        SwingUtilities.invokeAndWait(() -> window.open(before, this::record));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));

        SwingUtilities.invokeAndWait(() -> {
            Container form = dialog.getContentPane();
            javax.swing.JCheckBox busy = checkBox(form, messages.text("settings.waitWhileBusy"));
            javax.swing.JCheckBox typing = checkBox(form, messages.text("settings.waitForTypingPause"));
            JSpinner limit = spinnerAfter(form, messages.text("settings.busyLimit"));
            assertThat(busy.getText()).isEqualTo("Wait while I’m presenting or busy");
            assertThat(busy.isSelected()).isTrue();
            assertThat(typing.isSelected()).isTrue();
            assertThat(limit.getValue()).isEqualTo(30);
            limit.setValue(44);
            typing.setSelected(false);
            busy.setSelected(false);
            assertThat(limit.isEnabled()).as("the limit means nothing without the wait").isFalse();
            button(form, messages.text("settings.save")).doClick();
        });

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).apply(before).timing())
                .isEqualTo(new org.deskbreak.core.Timing(false, Duration.ofMinutes(44), false));
    }

    private static javax.swing.JCheckBox checkBox(Container form, String text) {
        List<Component> all = new ArrayList<>();
        collect(form, all);
        return all.stream().filter(c -> c instanceof javax.swing.JCheckBox b && text.equals(b.getText()))
                .map(javax.swing.JCheckBox.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no check box " + text));
    }

    @Test
    void saveChangesOnlyWhatWasTouchedOntoTheSettingsInForceByThen() throws Exception {
        Settings shown = Settings.defaults().withInterval(Duration.ofMinutes(30));
        SwingUtilities.invokeAndWait(() -> window.open(shown, this::record));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));
        // Meanwhile: `deskbreak every 20m` and a hand edit of the snooze length and limit.
        Settings meanwhile = shown.withInterval(Duration.ofMinutes(20)).withSnoozeLength(Duration.ofMinutes(4))
                .withSnoozeLimitPerDay(9);

        SwingUtilities.invokeAndWait(() -> {
            Container form = dialog.getContentPane();
            spinnerAfter(form, messages.text("settings.idleReset")).setValue(12);
            button(form, messages.text("settings.save")).doClick();
        });

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).apply(meanwhile)).isEqualTo(meanwhile.withIdleReset(Duration.ofMinutes(12)));
    }

    @Test
    void saveWithoutTouchingAnythingChangesNothing() throws Exception {
        Settings shown = Settings.defaults();
        SwingUtilities.invokeAndWait(() -> window.open(shown, this::record));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));
        Settings meanwhile = shown.withInterval(Duration.ofMinutes(20)).withTheme(Theme.DARK);

        SwingUtilities.invokeAndWait(() -> button(dialog.getContentPane(), messages.text("settings.save")).doClick());

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).apply(meanwhile)).isEqualTo(meanwhile);
    }

    @Test
    void aSaveThatFailsKeepsTheWindowOpenWithTheReason() throws Exception {
        String why = "Could not save deskbreak.ini: no space left on device";
        SwingUtilities.invokeAndWait(() -> window.open(Settings.defaults(),
                change -> CompletableFuture.failedFuture(new SettingsNotSaved(why, change.apply(Settings.defaults()), null))));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));

        SwingUtilities.invokeAndWait(() -> button(dialog.getContentPane(), messages.text("settings.save")).doClick());

        SwingUtilities.invokeAndWait(() -> {
            assertThat(window.isOpen()).isTrue();
            assertThat(dialog.isShowing()).isTrue();
            List<Component> all = new ArrayList<>();
            collect(dialog.getContentPane(), all);
            assertThat(all).anySatisfy(c -> {
                assertThat(c).isInstanceOf(JLabel.class);
                assertThat(c.isShowing()).isTrue();
                assertThat(((JLabel) c).getText()).isEqualTo(why);
            });
        });
    }

    @Test
    void timeAwayCannotBeSetOutsideItsRange() throws Exception {
        SwingUtilities.invokeAndWait(() -> window.open(Settings.defaults(), this::record));
        JDialog dialog = ScreenshotKit.dialog(messages.text("settings.window"));

        SwingUtilities.invokeAndWait(() -> {
            JSpinner away = spinnerAfter(dialog.getContentPane(), messages.text("settings.idleReset"));
            away.setValue(240);
            assertThat(away.getModel().getNextValue()).as("nothing above four hours").isNull();
            away.setValue(1);
            assertThat(away.getModel().getPreviousValue()).as("nothing under a minute").isNull();
            button(dialog.getContentPane(), messages.text("settings.cancel")).doClick();
        });

        assertThat(saved).as("Cancel saves nothing").isEmpty();
    }

    /** The spinner on the same row as the label with this text. */
    private static JSpinner spinnerAfter(Container form, String label) {
        List<Component> all = new ArrayList<>();
        collect(form, all);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof JLabel l && label.equals(l.getText())) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(j) instanceof JSpinner s) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no field labelled " + label);
    }

    private static JButton button(Container c, String text) {
        List<Component> all = new ArrayList<>();
        collect(c, all);
        return all.stream().filter(b -> b instanceof JButton j && text.equals(j.getText()))
                .map(JButton.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static void collect(Container c, List<Component> out) {
        for (Component child : c.getComponents()) {
            out.add(child);
            if (child instanceof Container box && !(child instanceof JSpinner)) {
                collect(box, out);
            }
        }
    }
}
