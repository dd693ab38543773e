package org.deskbreak.routine;

import static org.deskbreak.routine.WindowParts.addRow;
import static org.deskbreak.routine.WindowParts.key;
import static org.deskbreak.routine.WindowParts.scale;
import static org.deskbreak.routine.WindowParts.sidePadding;
import static org.deskbreak.routine.WindowParts.warning;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagLayout;
import java.awt.Image;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.RoutineCredit;
import org.deskbreak.ui.AppTheme;
import org.deskbreak.ui.FirstPaint;
import org.deskbreak.ui.OffScreen;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routine window: renders the session's state; one timer runs only while it is open. It is
 * read from a step or two away, so its whole layout grows with the window: every size below is
 * for the design size {@link #DESIGN} and is multiplied by how much larger the window is.
 */
final class RoutineWindow {

    /** The size the layout is designed at; the default window is this shape, as tall as the screen allows. */
    static final Dimension DESIGN = new Dimension(600, 760);
    static final Dimension MINIMUM_SIZE = new Dimension(480, 560);
    /** Type sizes at the design size, in pixels. */
    static final float STEP_OF_PX = 20;
    static final float TITLE_PX = 36;
    static final float TEXT_PX = 24;
    static final float COUNTDOWN_PX = 80;
    static final float SMALL_PX = 18;
    static final float BUTTON_PX = 16;
    /** Smooth enough for the breathing circle; the rest of the time a countdown needs far less. */
    private static final int FAST_TICK_MS = 50;
    private static final int SLOW_TICK_MS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RoutineWindow.class);

    private final Planner planner;
    private final RoutineSession session;
    private final WindowBoundsFile boundsFile;
    private final List<? extends Image> icons;
    private final Runnable onClosed;
    private final Guide guide;
    private final Guidance guidance;
    private final ResourceBundle texts;
    private final ClockFormat clockTime;
    private final JFrame frame = new FirstPaint("routine").frame();
    private final IllustrationView picture = new IllustrationView();
    private final JLabel stepOf = new JLabel("", SwingConstants.CENTER);
    private final JLabel title = new JLabel("", SwingConstants.CENTER);
    private final JLabel text = new JLabel("", SwingConstants.CENTER);
    private final JLabel countdown = new JLabel("", SwingConstants.CENTER);
    private final BreathingCue breath;
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel timeLeft = new JLabel("", SwingConstants.RIGHT);
    private final JLabel notice = new JLabel(" ", SwingConstants.CENTER);
    private final JButton pause = new JButton();
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 0));
    private final List<JButton> allButtons = new ArrayList<>();
    private final JButton fullScreen = new JButton();
    private final JButton info = new JButton("i");
    private JPanel steps;
    private SafetyCard safety;
    private boolean pausedBeforeSafety;
    private Boolean speakChoice;
    private double shownScale;
    private final Timer timer = new Timer(SLOW_TICK_MS, e -> tick());
    private int textWidth;
    private int shownStep = -1;
    private boolean ended;
    private boolean disposed;
    private boolean reported;

    /**
     * @param zone   the zone the end screen's time of the next break is shown in
     * @param locale the language of the texts and of that time
     */
    RoutineWindow(Planner planner, RoutineSession session, WindowBoundsFile boundsFile,
                  List<? extends Image> icons, CuePlayer cues, ZoneId zone, Locale locale, Runnable onClosed) {
        this(planner, session, boundsFile, icons, Guidance.quiet(cues), zone, locale, onClosed);
    }

    RoutineWindow(Planner planner, RoutineSession session, WindowBoundsFile boundsFile,
                  List<? extends Image> icons, Guidance guidance, ZoneId zone, Locale locale, Runnable onClosed) {
        this.guidance = guidance;
        this.texts = ResourceBundle.getBundle("org.deskbreak.routine.routine", locale);
        this.clockTime = new ClockFormat(locale, zone);
        this.planner = planner;
        this.session = session;
        this.boundsFile = boundsFile;
        this.icons = icons;
        this.onClosed = onClosed;
        this.guide = new Guide(LOG::info, guidance.cues()::play, guidance.speech(), this::spokenWords);
        this.breath = new BreathingCue(texts.getString("window.breatheIn"), texts.getString("window.breatheOut"));
    }

    void open() {
        frame.setTitle(texts.getString(session.routine().titleKey()));
        frame.setIconImages(new ArrayList<>(icons));
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeRequested();
            }

            /** Gone some other way than through this class (disposed elsewhere): still say so. */
            @Override
            public void windowClosed(WindowEvent e) {
                reportClosed();
            }
        });
        stepOf.setName("stepOf");
        countdown.setName("countdown");
        notice.setName("notice");
        steps = stepView();
        frame.setContentPane(steps);
        frame.setMinimumSize(minimumSize());
        frame.setBounds(initialBounds());
        if (guidance.safetyFirst()) {
            showSafety(true);
        } else {
            render();
        }
        frame.setVisible(true);
        frame.getContentPane().requestFocusInWindow();
        timer.start();
    }

    /**
     * The routine's first step drawn into an image, with the window's type sizes at the design size:
     * its picture is parsed and rendered and its text wrapped as the window does, then all of it is
     * let go. What the first window of a run would otherwise load while the user waits. EDT only.
     *
     * @return the drawing, for tests to look at; the caller lets it go
     */
    static java.awt.image.BufferedImage drawAhead(Routine routine, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.deskbreak.routine.routine", locale);
        RoutineStep step = routine.steps().get(0);
        Font base = UIManager.getFont("Label.font");
        IllustrationView picture = new IllustrationView();
        picture.show(step.illustration());
        JLabel title = new JLabel(texts.getString(step.titleKey()), SwingConstants.CENTER);
        title.setFont(base.deriveFont(Font.BOLD, scale(TITLE_PX)));
        JLabel text = new JLabel("", SwingConstants.CENTER);
        text.setFont(base.deriveFont(Font.PLAIN, scale(TEXT_PX)));
        WindowParts.wrap(text, texts.getString(step.textKey()), DESIGN.width - 2 * WindowParts.SIDE_PADDING - 8, true);
        JLabel countdown = new JLabel(clock(step.duration()), SwingConstants.CENTER);
        countdown.setFont(base.deriveFont(Font.BOLD, scale(COUNTDOWN_PX)));
        JPanel words = new JPanel(new BorderLayout());
        words.add(title, BorderLayout.NORTH);
        words.add(text, BorderLayout.CENTER);
        words.add(countdown, BorderLayout.SOUTH);
        JPanel view = new JPanel(new BorderLayout());
        view.add(picture, BorderLayout.CENTER);
        view.add(words, BorderLayout.SOUTH);
        view.setSize(DESIGN);
        view.doLayout();
        words.doLayout();
        return OffScreen.draw(view);
    }

    /** The safety notes, in place of the steps; the routine waits meanwhile. EDT only. */
    void showSafety(boolean first) {
        if (ended || safety != null) {
            return;
        }
        pausedBeforeSafety = session.paused();
        if (!session.paused()) {
            session.pause();
        }
        boolean speaking = speakChoice != null ? speakChoice : guidance.speak().getAsBoolean();
        safety = new SafetyCard(texts, first, speaking, () -> leaveSafety(first));
        WindowParts.key(safety.root, "ESCAPE", () -> leaveSafety(first));
        WindowParts.key(safety.root, "F11", this::toggleFullScreen);
        frame.setContentPane(safety.root);
        shownScale = 0;
        rescale();
        frame.revalidate();
        frame.repaint();
        safety.root.requestFocusInWindow();
        LOG.info("routine safety notes shown");
    }

    /** Leaves the first safety notes as Start would, for the screenshot tour. EDT only. */
    void leaveSafetyForTours() {
        leaveSafety(true);
    }

    private void leaveSafety(boolean first) {
        if (safety == null) {
            return;
        }
        if (first) {
            boolean on = safety.speak.isSelected();
            if (on != guidance.speak().getAsBoolean()) {
                speakChoice = on;
                guidance.speakChosen().accept(on);
            }
            guidance.safetySeen().run();
        }
        safety = null;
        frame.setContentPane(steps);
        shownScale = 0;
        rescale();
        if (!pausedBeforeSafety) {
            session.resume();
        }
        shownStep = -1;
        render();
        frame.revalidate();
        frame.repaint();
        steps.requestFocusInWindow();
    }

    private JPanel stepView() {
        JPanel root = new JPanel(new BorderLayout(0, scale(12)));
        root.setBorder(BorderFactory.createEmptyBorder(scale(16), sidePadding(), scale(16), sidePadding()));
        root.setFocusable(true);
        stepOf.setForeground(AppTheme.accentText());
        title.setName("title");
        text.setName("text");
        breath.setName("breath");
        timeLeft.setForeground(AppTheme.secondaryText());
        notice.setForeground(warning());
        progress.putClientProperty("JProgressBar.largeHeight", true);

        JPanel center = new JPanel(new GridBagLayout());
        center.setOpaque(false);
        addRow(center, picture, 1.0, 0);
        addRow(center, stepOf, 0, 12);
        addRow(center, title, 0, 4);
        addRow(center, text, 0, 6);
        addRow(center, countdown, 0, 6);
        addRow(center, breath, 0, 2);
        JPanel progressRow = new JPanel(new BorderLayout(scale(10), 0));
        progressRow.setOpaque(false);
        progressRow.add(progress, BorderLayout.CENTER);
        progressRow.add(timeLeft, BorderLayout.EAST);
        addRow(center, progressRow, 0, 14);
        addRow(center, notice, 0, 6);

        buttons.setOpaque(false);
        info.setName("info");
        info.setToolTipText(texts.getString("window.info"));
        info.setRequestFocusEnabled(false);
        info.addActionListener(e -> showSafety(false));
        fullScreen.setName("fullScreen");
        fullScreen.setRequestFocusEnabled(false);
        fullScreen.addActionListener(e -> toggleFullScreen());
        buttons.add(info);
        buttons.add(button("window.back", this::back));
        buttons.add(pause);
        pause.setRequestFocusEnabled(false);
        pause.addActionListener(e -> togglePause());
        buttons.add(button("window.next", this::next));
        buttons.add(button("window.snooze", this::snooze));
        buttons.add(button("window.finish", this::finish));
        buttons.add(fullScreen);
        allButtons.add(info);
        allButtons.add(pause);
        allButtons.add(fullScreen);
        showFullScreenState();
        frame.getRootPane().setDefaultButton(pause);
        root.add(center, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        key(root, "SPACE", this::togglePause);
        key(root, "LEFT", this::back);
        key(root, "RIGHT", this::next);
        key(root, "S", this::snooze);
        key(root, "ESCAPE", this::escape);
        key(root, "F11", this::toggleFullScreen);
        frame.getLayeredPane().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rescale();
            }
        });
        return root;
    }

    /** Where the window was last left, if still on a screen, else centred where the user is looking. */
    private Rectangle initialBounds() {
        List<Rectangle> areas = new ArrayList<>();
        Rectangle mouseArea = null;
        try {
            for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
                areas.add(usableArea(d.getDefaultConfiguration()));
            }
            PointerInfo pointer = MouseInfo.getPointerInfo();
            if (pointer != null) {
                mouseArea = usableArea(pointer.getDevice().getDefaultConfiguration());
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the screens", e);
        }
        if (mouseArea == null) {
            mouseArea = areas.isEmpty() ? new Rectangle(0, 0, 1024, 768) : areas.get(0);
        }
        Dimension min = minimumSize();
        Dimension preferred = defaultSize(mouseArea, min);
        return WindowPlacement.place(boundsFile.read(), areas, mouseArea, preferred, min);
    }

    /** The design's shape, filling most of the screen's height: large enough to read from the wall. */
    static Dimension defaultSize(Rectangle area, Dimension min) {
        int height = Math.max(min.height, Math.min((int) (area.height * 0.94), area.height - 8));
        int width = Math.max(min.width, (int) Math.round(height * DESIGN.width / (double) DESIGN.height));
        return new Dimension(Math.min(width, Math.max(min.width, area.width)), height);
    }

    private static Rectangle usableArea(GraphicsConfiguration gc) {
        Rectangle b = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
    }

    /** Brings the window back where the user sees it, from behind other windows or from the taskbar. */
    void toFront() {
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        frame.setVisible(true);
        frame.toFront();
        frame.requestFocus();
    }

    /** The window itself, for tests that look inside it. */
    JFrame frame() {
        return frame;
    }

    /** The routine ran to its end and the end screen is showing. */
    boolean onEndScreen() {
        return ended;
    }

    /** Closes the window as the user would: a routine still running ends as partial. */
    void close() {
        closeWindow();
    }

    /** Lets go of a window that failed to open, or is replaced, without a word to anyone. */
    void discard() {
        reported = true;
        timer.stop();
        letGuidanceGo();
        disposeFrame();
    }

    /** Remembers where the window was, then lets it go. */
    void dispose() {
        timer.stop();
        letGuidanceGo();
        if (!disposed) {
            disposed = true;
            if (frame.isDisplayable() && !isFullScreen() && (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == 0) {
                boundsFile.write(frame.getBounds());
            }
        }
        disposeFrame();
    }

    /**
     * The voice stops; the cues already asked for (the last chime) still play, and then neither
     * keeps a thread: an app with its routine window closed runs as many threads as before it opened.
     */
    private void letGuidanceGo() {
        guide.stop();
        guidance.cues().shutdown();
    }

    /**
     * Lets the frame go; a full-screen frame is released by its screen only once gone, since
     * leaving full screen first would put it back on screen as a window.
     */
    private void disposeFrame() {
        GraphicsDevice fullOn = isFullScreen() ? frame.getGraphicsConfiguration().getDevice() : null;
        frame.dispose();
        if (fullOn != null && fullOn.getFullScreenWindow() == frame) {
            fullOn.setFullScreenWindow(null);
        }
    }

    boolean isFullScreen() {
        GraphicsConfiguration gc = frame.getGraphicsConfiguration();
        return gc != null && gc.getDevice().getFullScreenWindow() == frame;
    }

    /** F11 and the button: fill the screen the window is on, or go back to the window. */
    void toggleFullScreen() {
        if (isFullScreen()) {
            leaveFullScreen();
        } else if (frame.getGraphicsConfiguration() != null) {
            frame.getGraphicsConfiguration().getDevice().setFullScreenWindow(frame);
            LOG.info("routine window full screen");
        }
        showFullScreenState();
    }

    private void leaveFullScreen() {
        if (isFullScreen()) {
            frame.getGraphicsConfiguration().getDevice().setFullScreenWindow(null);
            LOG.info("routine window left full screen");
        }
    }

    private void showFullScreenState() {
        boolean full = isFullScreen();
        fullScreen.setIcon(RoutineIcons.fullScreen(full, Math.max(16, fullScreen.getFont().getSize())));
        fullScreen.setToolTipText(texts.getString(full ? "window.leaveFullScreen" : "window.fullScreen") + " (F11)");
    }

    /** Esc leaves full screen first; in a window it ends the routine, as before. */
    private void escape() {
        if (isFullScreen()) {
            leaveFullScreen();
            showFullScreenState();
        } else {
            finish();
        }
    }

    /** How much larger than the design the window is now. */
    double layoutScale() {
        java.awt.Container c = frame.getLayeredPane();
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            return 1.0;
        }
        return Math.min(c.getWidth() / (double) DESIGN.width, c.getHeight() / (double) DESIGN.height);
    }

    /** Sizes every font and gap from the window's size, so the whole layout grows with it. */
    private void rescale() {
        double f = layoutScale();
        if (Math.abs(f - shownScale) < 0.002) {
            return;
        }
        shownScale = f;
        Font base = UIManager.getFont("Label.font");
        int pad = (int) Math.round(WindowParts.SIDE_PADDING * f);
        int width = Math.max(200, frame.getLayeredPane().getWidth() - 2 * pad - 8);
        if (safety != null) {
            safety.scale(f, width, pad);
        }
        steps.setBorder(BorderFactory.createEmptyBorder((int) (16 * f), pad, (int) (16 * f), pad));
        stepOf.setFont(base.deriveFont(Font.BOLD, (float) (STEP_OF_PX * f)));
        title.setFont(base.deriveFont(Font.BOLD, (float) (TITLE_PX * f)));
        text.setFont(base.deriveFont(Font.PLAIN, (float) (TEXT_PX * f)));
        countdown.setFont(base.deriveFont(Font.BOLD, (float) (COUNTDOWN_PX * f)));
        breath.setFont(base.deriveFont(Font.BOLD, (float) (COUNTDOWN_PX * f)));
        timeLeft.setFont(base.deriveFont(Font.PLAIN, (float) (SMALL_PX * f)));
        notice.setFont(base.deriveFont(Font.PLAIN, (float) (SMALL_PX * f)));
        Font buttonFont = base.deriveFont(Font.PLAIN, (float) Math.max(base.getSize2D(), BUTTON_PX * f));
        for (JButton b : allButtons) {
            b.setFont(buttonFont);
        }
        info.setFont(buttonFont.deriveFont(Font.BOLD));
        showFullScreenState();
        textWidth = 0;
        reflowText();
        LOG.debug("routine layout at {}x", f);
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton(texts.getString(key));
        // Tab reaches every button, but a mouse click leaves the focus where it was, so Space
        // keeps meaning Pause after Next was clicked.
        b.setRequestFocusEnabled(false);
        b.addActionListener(e -> action.run());
        allButtons.add(b);
        return b;
    }

    /** The timer's work; tests call it after moving their clock. */
    void tick() {
        session.update();
        if (safety == null) {
            render();
        }
    }

    private void render() {
        if (ended) {
            return;
        }
        guide.observe(session);
        if (session.finished()) {
            showDone();
            return;
        }
        RoutineStep step = session.currentStep();
        if (session.stepIndex() != shownStep) {
            showStep(step);
        }
        countdown.setText(clock(session.remainingInStep()));
        breath.show(step.hold(), session.elapsedInStep(), step.hold() ? breathText(session.elapsedInStep()) : "");
        // The bar moves in whole pixels anyway; finer steps would only cost repaints.
        progress.setValue((int) Math.round(session.progress() * 1000));
        timeLeft.setText(MessageFormat.format(texts.getString("window.timeLeft"), clock(session.remainingInRoutine())));
        pause.setText(texts.getString(session.paused() ? "window.resume" : "window.pause"));
        int delay = step.hold() && !session.paused() ? FAST_TICK_MS : SLOW_TICK_MS;
        if (timer.getDelay() != delay) {
            timer.setDelay(delay);
        }
    }

    /** What changes only with the step; kept out of the per-frame path of the breathing cue. */
    private void showStep(RoutineStep step) {
        shownStep = session.stepIndex();
        picture.show(step.illustration());
        stepOf.setText(MessageFormat.format(texts.getString("window.stepOf"), shownStep + 1,
                session.routine().steps().size()));
        title.setText(texts.getString(step.titleKey()));
        setWrapped(text, texts.getString(step.textKey()));
    }

    private String breathText(Duration elapsed) {
        return texts.getString(BreathingCue.inhaling(elapsed) ? "window.breatheIn" : "window.breatheOut");
    }

    /** Whole seconds, rounded up, so the countdown shows 0:01 until the step is really over. */
    static String clock(Duration left) {
        Duration up = left.plusMillis(999);
        return String.format("%d:%02d", up.toMinutes(), up.toSecondsPart());
    }

    /**
     * Wraps the step text to the window's width and keeps room for the longest text of the
     * routine, so the countdown below does not move from step to step.
     */
    private void reflowText() {
        int pad = (int) Math.round(WindowParts.SIDE_PADDING * layoutScale());
        int width = Math.max(200, frame.getLayeredPane().getWidth() - 2 * pad - 8);
        if (width == textWidth) {
            return;
        }
        textWidth = width;
        FontMetrics fm = text.getFontMetrics(text.getFont());
        int most = 1;
        for (RoutineStep s : session.routine().steps()) {
            most = Math.max(most, TextWrap.lines(texts.getString(s.textKey()), width, fm::stringWidth).size());
        }
        Dimension room = new Dimension(width, most * fm.getHeight() + fm.getDescent());
        text.setPreferredSize(room);
        text.setMinimumSize(room);
        text.setVerticalAlignment(SwingConstants.TOP);
        if (!ended) {
            shownStep = -1;
            render();
        }
        frame.getContentPane().revalidate();
    }

    private void setWrapped(JLabel label, String plain) {
        int width = textWidth > 0 ? textWidth : DESIGN.width - 2 * WindowParts.SIDE_PADDING - 8;
        WindowParts.wrap(label, plain, width, true);
    }

    /** The words read aloud at a step: its title and instruction, when speaking is on. */
    private String spokenWords(RoutineStep step) {
        boolean on = speakChoice != null ? speakChoice : guidance.speak().getAsBoolean();
        return on ? texts.getString(step.titleKey()) + ". " + texts.getString(step.textKey()) : "";
    }

    private void showDone() {
        ended = true;
        timer.stop();
        boolean completed = RoutineCredit.completed(session.spent(), session.routine().length());
        LOG.info("routine reached its end after {} s in its steps: {}", session.spent().toSeconds(),
                completed ? "completed" : "cut short");
        planner.finishRoutine(completed);
        String at = planner.snapshot().nextBreakAt().map(clockTime::format).orElse("\u2014");
        JButton close = button("window.close", this::closeWindow);
        String note = completed ? texts.getString("window.doneNote")
                : MessageFormat.format(texts.getString("window.cutShort"), Math.round(Defaults.COMPLETED_SHARE * 100));
        frame.setContentPane(DoneView.build(MessageFormat.format(texts.getString("window.done"), at),
                note, close, this::closeWindow, layoutScale()));
        frame.getRootPane().setDefaultButton(close);
        frame.revalidate();
        frame.repaint();
        frame.getContentPane().requestFocusInWindow();
    }

    private void togglePause() {
        if (ended) {
            return;
        }
        if (session.paused()) {
            session.resume();
        } else {
            session.pause();
        }
        render();
    }

    private void back() {
        if (!ended) {
            session.back();
            render();
        }
    }

    private void next() {
        if (!ended) {
            session.next();
            render();
        }
    }

    private void snooze() {
        if (ended) {
            return;
        }
        planner.snooze().refusal().ifPresentOrElse(this::showRefusal, this::closeWindow);
    }

    private void showRefusal(Refusal why) {
        notice.setText(MessageFormat.format(texts.getString("window.snoozeRefused"),
                texts.getString("refusal." + why.name())));
    }

    /** Closing the window by its title bar means the same as Finish, or Close once done. */
    private void closeRequested() {
        if (ended) {
            closeWindow();
        } else {
            finish();
        }
    }

    private void finish() {
        if (!ended) {
            ended = true;
            planner.finishRoutine(false);
        }
        closeWindow();
    }

    private void closeWindow() {
        dispose();
        reportClosed();
    }

    /** Told once, however the window went. */
    private void reportClosed() {
        if (!reported) {
            reported = true;
            timer.stop();
            onClosed.run();
        }
    }

    /**
     * At least the scaled design size, and never narrower than the row of buttons: with large
     * fonts (or a translation) they would otherwise be cut off.
     */
    private Dimension minimumSize() {
        Insets frameInsets = frame.getInsets();
        int buttonsWidth = buttons.getPreferredSize().width + 2 * WindowParts.SIDE_PADDING + frameInsets.left + frameInsets.right;
        return new Dimension(Math.max(scale(MINIMUM_SIZE.width), buttonsWidth), scale(MINIMUM_SIZE.height));
    }

}
