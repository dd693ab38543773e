package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Phase;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real routine window on a real display, its time moved by hand. Skipped without a display,
 * unless DESKBREAK_E2E_REQUIRED is set (CI), where a missing display is a failure.
 */
@DisabledIf("headless")
class RoutineWindowIT {

    @TempDir
    Path stateDir;

    private final ManualClock clock = ManualClock.at("2026-03-02T15:08:00", "UTC");
    private final AtomicInteger closed = new AtomicInteger();
    private RoutineWindow window;

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    private RoutineLauncher launcher;

    /** The safety notes were read long ago: these tests are about the steps (RoutineCoachIT covers the notes). */
    @org.junit.jupiter.api.BeforeEach
    void safetyNotesRead() {
        SafetyNotesFile.in(stateDir).markSeen();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::dispose);
        }
        if (launcher != null) {
            SwingUtilities.invokeAndWait(launcher::close);
        }
    }

    private Planner plannerInRoutine(int snoozesPerDay) {
        Planner planner = new Planner(clock, Settings.defaults().withSound(false).withSnoozeLimitPerDay(snoozesPerDay),
                () -> Optional.of(Duration.ZERO));
        planner.start();
        planner.startRoutine();
        return planner;
    }

    private RoutineWindow open(Planner planner) throws Exception {
        return open(planner, clock.getZone(), Locale.UK);
    }

    private RoutineWindow open(Planner planner, ZoneId zone, Locale locale) throws Exception {
        AtomicReference<RoutineWindow> w = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            w.set(new RoutineWindow(planner, new RoutineSession(BuiltInRoutine.create(), clock, 1.0),
                    WindowBoundsFile.in(stateDir), RoutineIcons.load(), CuePlayer.system(() -> false, () -> 0),
                    zone, locale, closed::incrementAndGet));
            w.get().open();
        });
        window = w.get();
        return window;
    }

    private void after(Duration d) throws Exception {
        clock.advance(d);
        SwingUtilities.invokeAndWait(window::tick);
    }

    private static String label(String name) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing()) {
                    find(w, name).ifPresent(l -> text.set(l.getText()));
                }
            }
        });
        return text.get();
    }

    private static Optional<JLabel> find(Component c, String name) {
        if (c instanceof JLabel l && name.equals(l.getName())) {
            return Optional.of(l);
        }
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                Optional<JLabel> found = find(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static JFrame showingFrame() {
        for (Frame f : Frame.getFrames()) {
            if (f.isShowing() && f instanceof JFrame j) {
                return j;
            }
        }
        throw new AssertionError("no routine window showing");
    }

    @Test
    void stepsFollowTheClockAndTheCountdownCountsDown() throws Exception {
        open(plannerInRoutine(3));
        assertThat(label("stepOf")).isEqualTo("Step 1 of 7");
        assertThat(label("countdown")).isEqualTo("0:10");

        after(Duration.ofSeconds(12));

        assertThat(label("stepOf")).isEqualTo("Step 2 of 7");
        assertThat(label("countdown")).isEqualTo("0:18");
    }

    @Test
    void aRefusedSnoozeSaysWhyAndTheRoutineGoesOn() throws Exception {
        open(plannerInRoutine(0));
        assertThat(label("notice")).isBlank();

        SwingUtilities.invokeAndWait(() -> findButton(showingFrame().getContentPane(), "Snooze").doClick());

        assertThat(label("notice")).isEqualTo("Can\u2019t snooze: today\u2019s snoozes are used up");
        assertThat(closed).hasValue(0);
    }

    @Test
    void theEndShowsTheNextBreakAndCountsAsACompletedBreak() throws Exception {
        Planner planner = plannerInRoutine(3);
        open(planner);

        after(Duration.ofMinutes(2));

        assertThat(label("done")).isEqualTo("Done \u2014 next break at 15:55");
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
    }

    @Test
    void theEndScreenTellsTheTimeInTheZoneAndLanguageItWasGiven() throws Exception {
        open(plannerInRoutine(3), ZoneId.of("America/New_York"), Locale.US);

        after(Duration.ofMinutes(2));

        assertThat(label("done")).isEqualTo("Done \u2014 next break at 10:55 AM");
    }

    @Test
    void theWindowReopensWhereItWasClosed() throws Exception {
        open(plannerInRoutine(3));
        Rectangle moved = new Rectangle(60, 40, 560, 640);
        moveTo(moved);
        SwingUtilities.invokeAndWait(window::dispose);
        window = null;
        assertThat(WindowBoundsFile.in(stateDir).read()).contains(moved);

        open(plannerInRoutine(3));

        awaitBounds(moved);
    }

    @Test
    void everyButtonIsReachableWithTabAndSpacePressesIt() throws Exception {
        open(plannerInRoutine(3));
        Robot robot = new Robot();
        awaitFocused();

        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            type(robot, KeyEvent.VK_TAB);
            reached.add(focusedButton());
        }
        assertThat(reached).as("buttons in Tab order").containsSubsequence("Back", "Pause", "Next", "Snooze", "Finish");

        while (!"Next".equals(focusedButton())) {
            type(robot, KeyEvent.VK_TAB);
        }
        type(robot, KeyEvent.VK_SPACE);

        awaitLabel("stepOf", "Step 2 of 7");
        AtomicReference<Object> resume = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> resume.set(findButton(showingFrame().getContentPane(), "Resume")));
        assertThat(resume.get()).as("Space pressed Next; it did not pause the routine").isNull();
        SwingUtilities.invokeAndWait(() -> findButton(showingFrame().getContentPane(), "Next").doClick());
        assertThat(label("stepOf")).isEqualTo("Step 3 of 7");
        assertThat(focusedButton()).as("a click leaves the focus where it was").isEqualTo("Next");
    }

    // ---- the launcher and the planner: never in the routine without its window ------------

    private final java.util.List<Integer> afterClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A planner with no snoozes to spare (nothing but the window can end the routine), heard by a launcher. */
    private Planner plannerWithLauncher() {
        return plannerWithLauncher(RoutineLoader.fromResources()::load);
    }

    private Planner plannerWithLauncher(Function<String, RoutineLoader.Loaded> routines) {
        Planner planner = new Planner(clock, Settings.defaults().withSound(false).withSnoozeLimitPerDay(0),
                () -> Optional.of(Duration.ZERO));
        launcher = new RoutineLauncher(planner, clock, Locale.UK, stateDir, 1.0, RoutineIcons.load(), routines,
                () -> afterClose.add((int) java.util.Arrays.stream(java.awt.Frame.getFrames()).filter(java.awt.Frame::isShowing).count()));
        planner.addListener(launcher);
        planner.start();
        return planner;
    }

    /** Lets the event thread do what the planner asked of the launcher. */
    private static void settle() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> { });
    }

    private void routineRunsToItsEnd() throws Exception {
        clock.advance(Duration.ofMinutes(2));
        SwingUtilities.invokeAndWait(launcher::tick);
    }

    private static List<JFrame> showingFrames() throws Exception {
        List<JFrame> showing = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f instanceof JFrame j) {
                    showing.add(j);
                }
            }
        });
        return showing;
    }

    @Test
    void breakNowWhileTheEndScreenShowsBringsItForwardAndEscapeLeavesTheRemindersRunning() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();
        routineRunsToItsEnd();
        assertThat(label("done")).startsWith("Done");

        planner.startRoutine();   // deskbreak now, with the end screen still up
        settle();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(showingFrames()).hasSize(1);
        assertThat(label("done")).as("the end screen is still the one showing").startsWith("Done");

        awaitFocused();
        type(new Robot(), KeyEvent.VK_ESCAPE);

        assertThat(showingFrames()).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.startRoutine().isOk()).as("the next routine starts").isTrue();
        settle();
        assertThat(label("stepOf")).isEqualTo("Step 1 of 7");
    }

    @Test
    void anEndScreenLeftOpenGoesWhenTheNextBreakFallsDueSoThatBreakCanStart() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();
        routineRunsToItsEnd();

        for (int minute = 0; minute < 45; minute++) {   // ticked as the scheduler would
            clock.advance(Duration.ofMinutes(1));
            planner.tick();
        }
        settle();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.DUE);
        assertThat(showingFrames()).isEmpty();
        assertThat(planner.startRoutine().isOk()).isTrue();
    }

    @Test
    void breakNowDuringTheRoutineBringsItForwardAndStartsNoOther() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();
        clock.advance(Duration.ofSeconds(12));
        SwingUtilities.invokeAndWait(launcher::tick);

        assertThat(planner.startRoutine().isOk()).isFalse();
        settle();

        assertThat(showingFrames()).hasSize(1);
        assertThat(label("stepOf")).as("the same routine, where it was").isEqualTo("Step 2 of 7");
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.IN_ROUTINE);
    }

    @Test
    void skippingTheRoutineFromTheCommandLineClosesItsWindow() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();

        planner.skip();
        settle();

        assertThat(showingFrames()).isEmpty();
        assertThat(planner.snapshot().today().partial()).isEqualTo(1);
        assertThat(planner.startRoutine().isOk()).as("nothing is left that holds the next one back").isTrue();
    }

    @Test
    void aRoutineWindowThatCannotBeBuiltLeavesNoRoutineRunning() throws Exception {
        Planner planner = plannerWithLauncher(id -> {
            throw new OutOfMemoryError("a routine too large to load");
        });

        planner.startRoutine();
        settle();

        assertThat(showingFrames()).isEmpty();
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().nextBreakAt()).isPresent();
    }

    @Test
    void onceTheWindowHasClosedTheAfterCloseHookRunsOnceWithNoWindowLeft() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();
        assertThat(afterClose).as("nothing has closed yet").isEmpty();

        planner.skip();
        settle();

        assertThat(afterClose).as("windows still showing when the hook ran").containsExactly(0);
    }

    @Test
    void aRoutineWindowClosedBehindTheAppsBackEndsTheRoutineAsPartial() throws Exception {
        Planner planner = plannerWithLauncher();
        planner.startRoutine();
        settle();

        SwingUtilities.invokeAndWait(() -> showingFrame().dispose());
        settle();

        assertThat(planner.snapshot().phase()).isEqualTo(Phase.COUNTING);
        assertThat(planner.snapshot().today().partial()).isEqualTo(1);
    }

    @Test
    void anEnormousSavedPositionIsIgnoredAndTheRoutineStillOpens() throws Exception {
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(
                stateDir.resolve(WindowBoundsFile.FILE_NAME).toFile(), "rw")) {
            huge.setLength(3L << 30);   // sparse: three gigabytes that take no room on disk
        }
        Planner planner = plannerWithLauncher();

        planner.startRoutine();
        settle();

        assertThat(label("stepOf")).isEqualTo("Step 1 of 7");
        assertThat(planner.snapshot().phase()).isEqualTo(Phase.IN_ROUTINE);
    }

    /** Presses and releases a key, then lets the window handle it. */
    private static void type(Robot robot, int key) throws Exception {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static String focusedButton() throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            text.set(owner instanceof javax.swing.JButton b ? b.getText() : String.valueOf(owner == null ? null : owner.getClass().getSimpleName()));
        });
        return text.get();
    }

    /** A window manager gives a new window the focus in its own time; ask for it until it comes. */
    private static void awaitFocused() throws Exception {
        AtomicReference<Boolean> focused = new AtomicReference<>(false);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            SwingUtilities.invokeAndWait(() -> {
                JFrame f = showingFrame();
                focused.set(f.isFocused());
                if (!f.isFocused()) {
                    f.toFront();
                    f.requestFocus();
                }
            });
            if (focused.get()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(focused.get()).as("the routine window has the keyboard").isTrue();
    }

    private static void awaitLabel(String name, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!expected.equals(label(name)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(label(name)).isEqualTo(expected);
    }

    /** Moves the window as a user would; asked again if the window manager was still placing it. */
    private static void moveTo(Rectangle target) throws Exception {
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            SwingUtilities.invokeAndWait(() -> showingFrame().setBounds(target));
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> bounds.set(showingFrame().getBounds()));
        } while (!bounds.get().equals(target) && System.nanoTime() < deadline);
        assertThat(bounds.get()).isEqualTo(target);
    }

    /** The window manager applies a move in its own time; wait for it, within reason. */
    private static void awaitBounds(Rectangle expected) throws Exception {
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            SwingUtilities.invokeAndWait(() -> bounds.set(showingFrame().getBounds()));
            if (bounds.get().equals(expected)) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(bounds.get()).isEqualTo(expected);
    }

    private static javax.swing.JButton findButton(Component c, String text) {
        if (c instanceof javax.swing.JButton b && text.equals(b.getText())) {
            return b;
        }
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                javax.swing.JButton found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
