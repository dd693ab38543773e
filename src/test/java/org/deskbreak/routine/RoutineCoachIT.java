package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routine window as a coach: readable from the wall, safety notes first, and a break that is
 * only completed when it was really done. The real window on a real display, its time moved by hand.
 */
@DisabledIf("headless")
class RoutineCoachIT {

    @TempDir
    Path stateDir;

    private final ManualClock clock = ManualClock.at("2026-03-02T15:08:00", "UTC");
    private final List<Boolean> speakChoices = new ArrayList<>();
    private RoutineWindow window;
    private JFrame frame;

    static boolean headless() {
        return GraphicsEnvironment.isHeadless() && System.getenv("DESKBREAK_E2E_REQUIRED") == null;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::dispose);
        }
        if (frame != null) {
            AtomicReference<Boolean> showing = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> showing.set(frame.isShowing()));
            assertThat(showing.get()).as("the window is gone").isFalse();
        }
    }

    private Planner plannerInRoutine() {
        Planner planner = new Planner(clock, Settings.defaults().withSound(false), () -> Optional.of(Duration.ZERO));
        planner.start();
        planner.startRoutine();
        return planner;
    }

    private void open(Planner planner, boolean safetyFirst) throws Exception {
        SafetyNotesFile notes = SafetyNotesFile.in(stateDir);
        Guidance guidance = new Guidance(CuePlayer.system(() -> false, () -> 0), Speech.NONE, () -> false, safetyFirst,
                notes::markSeen, speakChoices::add);
        SwingUtilities.invokeAndWait(() -> {
            window = new RoutineWindow(planner, new RoutineSession(BuiltInRoutine.create(), clock, 1.0),
                    WindowBoundsFile.in(stateDir), RoutineIcons.load(), guidance, clock.getZone(), Locale.UK, () -> { });
            window.open();
        });
        frame = window.frame();
    }

    private void after(Duration d) throws Exception {
        clock.advance(d);
        SwingUtilities.invokeAndWait(window::tick);
    }

    /** The window at the size it opens at on a 1280x800 screen with nothing saved; laid out. */
    private void resizeTo(Dimension size) throws Exception {
        SwingUtilities.invokeAndWait(() -> frame.setSize(size));
        awaitLayout(size);
    }

    private void awaitLayout(Dimension size) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        AtomicReference<Dimension> now = new AtomicReference<>();
        do {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> {
                frame.validate();
                now.set(frame.getSize());
            });
        } while (!now.get().equals(size) && System.nanoTime() < deadline);
        SwingUtilities.invokeAndWait(() -> frame.validate());
    }

    /** The window's inside covers the whole screen (the window manager drops the frame around it). */
    private void awaitFilling(Rectangle screen) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        AtomicReference<Rectangle> inside = new AtomicReference<>();
        do {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> {
                frame.validate();
                javax.swing.JRootPane root = frame.getRootPane();
                inside.set(root.isShowing() ? new Rectangle(root.getLocationOnScreen(), root.getSize()) : new Rectangle());
            });
        } while (!inside.get().contains(screen) && System.nanoTime() < deadline);
        System.out.println("full screen: the window's inside is " + inside.get() + " on a screen of " + screen);
        assertThat(inside.get().contains(screen)).as(inside.get() + " covers " + screen).isTrue();
    }

    private Map<String, Float> typeSizes() throws Exception {
        Map<String, Float> px = new LinkedHashMap<>();
        SwingUtilities.invokeAndWait(() -> {
            for (String name : List.of("stepOf", "title", "text", "countdown", "breath")) {
                px.put(name, find(frame, name).orElseThrow().getFont().getSize2D());
            }
        });
        return px;
    }

    // Readable from two metres
    @Test
    void atTheDefaultSizeOnA1280By800ScreenTheTextIsLargeEnoughToReadFromTheWall() throws Exception {
        open(plannerInRoutine(), false);
        Dimension size = RoutineWindow.defaultSize(new Rectangle(0, 0, 1280, 800), new Dimension(480, 560));
        resizeTo(size);
        after(Duration.ofSeconds(31));   // into the first hold, where the breathing cue shows

        Map<String, Float> px = typeSizes();
        System.out.printf("type at %dx%d: %s%n", size.width, size.height, px);
        assertThat(px.get("title")).isGreaterThanOrEqualTo(32f);
        assertThat(px.get("text")).isGreaterThanOrEqualTo(22f);
        assertThat(px.get("countdown")).isGreaterThanOrEqualTo(72f);
        assertThat(px.get("breath")).isEqualTo(px.get("countdown"));
        SwingUtilities.invokeAndWait(() -> {
            Component breath = find(frame, "breath").orElseThrow();
            assertThat(breath.getHeight()).as("the circle is as tall as the countdown's type").isGreaterThanOrEqualTo(72);
        });
    }

    @Test
    void enlargingTheWindowEnlargesEverything() throws Exception {
        open(plannerInRoutine(), false);
        resizeTo(new Dimension(540, 660));
        Map<String, Float> small = typeSizes();
        int smallPicture = pictureHeight();

        resizeTo(new Dimension(900, 1000));
        Map<String, Float> large = typeSizes();

        small.forEach((name, px) -> assertThat(large.get(name)).as(name).isGreaterThan(px * 1.3f));
        assertThat(pictureHeight()).isGreaterThan(smallPicture);
    }

    @Test
    void f11AndTheButtonFillTheScreenAndEscLeaves() throws Exception {
        open(plannerInRoutine(), false);
        Rectangle screen = frame.getGraphicsConfiguration().getBounds();

        SwingUtilities.invokeAndWait(() -> button("fullScreen").doClick());
        awaitFilling(screen);
        assertThat(window.isFullScreen()).isTrue();
        Map<String, Float> full = typeSizes();

        press("ESCAPE");
        assertThat(window.isFullScreen()).isFalse();
        assertThat(frame.isShowing()).as("Esc left full screen, not the routine").isTrue();

        press("F11");
        assertThat(window.isFullScreen()).isTrue();
        assertThat(full.get("text")).isGreaterThan(22f);
    }

    // Safe from the first break
    @Test
    void theFirstRoutineOpensOnTheSafetyNotesAndWaitsForThem() throws Exception {
        Planner planner = plannerInRoutine();
        open(planner, true);
        assertThat(find(frame, "safety")).isPresent();
        assertThat(text("safety.muscle")).contains("never on your spine or on a bone");
        assertThat(text("safety.where")).contains("kidneys", "neck");
        assertThat(text("safety.stop")).contains("Sharp pain", "numbness", "tingling");
        assertThat(text("safety.skip")).contains("injury", "surgery", "osteoporosis", "pregnant");
        assertThat(text("safety.see")).contains("keep coming back");

        after(Duration.ofSeconds(40));   // reading takes time; the routine waits
        SwingUtilities.invokeAndWait(() -> {
            ((AbstractButton) find(frame, "speak").orElseThrow()).doClick();
            ((AbstractButton) find(frame, "safetyGo").orElseThrow()).doClick();
        });

        assertThat(find(frame, "safety")).isEmpty();
        assertThat(text("stepOf")).isEqualTo("Step 1 of 7");
        assertThat(text("countdown")).isEqualTo("0:10");
        assertThat(speakChoices).containsExactly(true);
        assertThat(SafetyNotesFile.in(stateDir).seen()).isTrue();
    }

    @Test
    void theInfoButtonShowsTheNotesAgainAndTheRoutineWaitsMeanwhile() throws Exception {
        open(plannerInRoutine(), false);
        after(Duration.ofSeconds(3));

        SwingUtilities.invokeAndWait(() -> button("info").doClick());
        assertThat(find(frame, "safety")).isPresent();
        assertThat(all(frame)).filteredOn(c -> "speak".equals(c.getName())).singleElement()
                .matches(c -> !c.isVisible(), "reading aloud is offered on the first notes only");
        after(Duration.ofSeconds(30));
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(frame, "safetyGo").orElseThrow()).doClick());

        assertThat(text("stepOf")).isEqualTo("Step 1 of 7");
        assertThat(text("countdown")).isEqualTo("0:07");
    }

    // Completed only when really done
    @Test
    void pressingNextThroughSevenStepsInNineSecondsIsCutShort() throws Exception {
        Planner planner = plannerInRoutine();
        open(planner, false);
        for (int i = 0; i < 7; i++) {
            after(Duration.ofMillis(1_280));
            SwingUtilities.invokeAndWait(() -> button("Next").doClick());
        }

        assertThat(text("done")).startsWith("Done");
        assertThat(planner.snapshot().today().partial()).isEqualTo(1);
        assertThat(planner.snapshot().today().completed()).isZero();
    }

    @Test
    void theWholeRoutineIsACompletedBreak() throws Exception {
        Planner planner = plannerInRoutine();
        open(planner, false);
        for (int i = 0; i < 121; i++) {
            after(Duration.ofSeconds(1));
        }

        assertThat(planner.snapshot().today().completed()).isEqualTo(1);
        assertThat(planner.snapshot().today().partial()).isZero();
    }

    private void press(String key) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JComponent root = (JComponent) frame.getContentPane();
            Object action = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(javax.swing.KeyStroke.getKeyStroke(key));
            root.getActionMap().get(action).actionPerformed(null);
        });
    }

    private int pictureHeight() throws Exception {
        AtomicReference<Integer> h = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            for (Component c : all(frame)) {
                if (c instanceof IllustrationView v) {
                    h.set(v.getHeight());
                }
            }
        });
        return h.get();
    }

    private String text(String name) throws Exception {
        AtomicReference<String> t = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> t.set(((javax.swing.JLabel) find(frame, name).orElseThrow()).getText()
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace("&amp;", "&").strip()));
        return t.get();
    }

    private AbstractButton button(String nameOrText) {
        for (Component c : all(frame)) {
            if (c instanceof AbstractButton b && (nameOrText.equals(b.getName()) || nameOrText.equals(b.getText()))) {
                return b;
            }
        }
        throw new AssertionError("no button " + nameOrText);
    }

    private static Optional<Component> find(Component root, String name) {
        for (Component c : all(root)) {
            if (name.equals(c.getName()) && c.isShowing()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Container box) {
            for (Component child : box.getComponents()) {
                out.addAll(all(child));
            }
        }
        return out;
    }
}
