package org.deskbreak.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import org.deskbreak.history.Statistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's breaks, a chart of the last seven days and a line of the rest. Built when opened from
 * counts read fresh each time, and disposed when closed: nothing of it stays while it is shut.
 */
public final class StatsWindow {

    private static final Logger log = LoggerFactory.getLogger(StatsWindow.class);

    private final Messages messages;
    private final AppIcons icons;
    private final StatsText text;
    private final Executor fileWork;
    private final Supplier<Statistics> statistics;

    private JDialog dialog;
    private JLabel headline;
    private WeekChart chart;
    private JLabel weekLine;
    private JLabel totalsLine;

    /**
     * @param fileWork   where the counts are read, never the event thread
     * @param statistics read there each time the window opens (the history file, in the app)
     */
    public StatsWindow(Messages messages, AppIcons icons, Executor fileWork, Supplier<Statistics> statistics) {
        this.messages = messages;
        this.icons = icons;
        this.text = new StatsText(messages);
        this.fileWork = fileWork;
        this.statistics = statistics;
    }

    /**
     * Reads fresh counts on the file thread, then opens the window on the mouse's screen with them,
     * or brings it forward. Event thread; returns before the read.
     */
    public void open() {
        Edt.check();
        fileWork.execute(this::readThenShow);
    }

    private void readThenShow() {
        Statistics stats = readStatistics();
        Edt.later(() -> show(stats));
    }

    private void show(Statistics stats) {
        if (dialog != null) {
            render(stats);
            growToFit(dialog);
            dialog.toFront();
            return;
        }
        dialog = build();
        render(stats);
        dialog.pack();
        placeOnMouseScreen(dialog);
        dialog.setVisible(true);
        LayoutLog.later("stats", dialog.getContentPane());
    }

    public boolean isOpen() {
        Edt.check();
        return dialog != null;
    }

    public void close() {
        Edt.check();
        if (dialog != null) {
            dialog.dispose();
            forget(dialog);
        }
    }

    /** A broken history must not stop the window from opening: it shows an empty week instead. */
    Statistics readStatistics() {
        try {
            Statistics stats = statistics.get();
            if (stats != null && !stats.days().isEmpty()) {
                return stats;
            }
        } catch (RuntimeException e) {
            log.warn("could not read the statistics, showing an empty week", e);
        }
        return Statistics.of(List.of(), ZoneId.systemDefault(), LocalDate.now(), StatsText.CHART_DAYS);
    }

    private void render(Statistics stats) {
        headline.setText(text.headline(stats));
        chart.show(stats);
        weekLine.setText(text.weekLine(stats));
        totalsLine.setText(text.totalsLine(stats));
    }

    private JDialog build() {
        JDialog d = new JDialog((java.awt.Window) null, messages.text("stats.window"));
        d.setIconImages(icons.windowIcons());
        d.setModal(false);
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        d.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                forget(d);
            }
        });

        headline = new JLabel();
        headline.putClientProperty("FlatLaf.styleClass", "h3");
        headline.setAlignmentX(0f);
        chart = new WeekChart(text);
        chart.setAlignmentX(0f);
        weekLine = secondary();
        totalsLine = secondary();

        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        body.setBorder(BorderFactory.createEmptyBorder(16, 18, 4, 18));
        body.add(headline);
        body.add(Box.createVerticalStrut(14));
        body.add(chart);
        body.add(Box.createVerticalStrut(12));
        body.add(weekLine);
        body.add(Box.createVerticalStrut(3));
        body.add(totalsLine);

        JButton close = new JButton(messages.text("stats.close"));
        close.addActionListener(e -> close());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 10));
        buttons.add(close);
        d.getRootPane().setDefaultButton(close);
        d.getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel root = new JPanel(new BorderLayout());
        root.add(body, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(root);
        return d;
    }

    private static JLabel secondary() {
        JLabel l = new JLabel();
        // A style, not a colour: it follows a switch between light and dark while open.
        l.putClientProperty("FlatLaf.style", "foreground: $" + AppTheme.SECONDARY_TEXT);
        l.setAlignmentX(0f);
        return l;
    }

    private void forget(JDialog closed) {
        if (dialog == closed) {
            dialog = null;
            headline = null;
            chart = null;
            weekLine = null;
            totalsLine = null;
        }
    }

    /** New counts can make a line longer than the window: grow it rather than cut the line. */
    private static void growToFit(JDialog d) {
        java.awt.Dimension wanted = d.getPreferredSize();
        if (wanted.width > d.getWidth() || wanted.height > d.getHeight()) {
            d.setSize(Math.max(wanted.width, d.getWidth()), Math.max(wanted.height, d.getHeight()));
        }
    }

    /** Opens where the user is looking: centred on the mouse's screen, inside its usable area. */
    private static void placeOnMouseScreen(JDialog d) {
        PointerInfo pointer = MouseInfo.getPointerInfo();
        if (pointer == null) {
            d.setLocationRelativeTo(null);
            return;
        }
        Rectangle usable = ScreenCorner.usableAround(pointer.getLocation());
        int w = Math.min(d.getWidth(), usable.width);
        int h = Math.min(d.getHeight(), usable.height);
        d.setBounds(usable.x + (usable.width - w) / 2, usable.y + (usable.height - h) / 2, w, h);
    }
}
