package org.deskbreak.routine;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;

/** Saves a screenshot of each routine step in light and dark; run under a real X display. */
public final class RoutineScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Robot robot = new Robot();
        for (boolean dark : new boolean[] {false, true}) {
            SwingUtilities.invokeAndWait(() -> { if (dark) FlatDarkLaf.setup(); else FlatLightLaf.setup(); });
            Planner planner = new Planner(Clock.systemUTC(), Settings.defaults(), () -> java.util.Optional.of(Duration.ZERO));
            RoutineLauncher launcher = new RoutineLauncher(planner, Files.createTempDirectory("rs"), 1000.0);
            SwingUtilities.invokeAndWait(launcher::show);
            for (RoutineStep step : BuiltInRoutine.create().steps()) {
                robot.delay(700);
                Window w = Window.getWindows()[Window.getWindows().length - 1];
                Rectangle r = w.getBounds();
                ImageIO.write(robot.createScreenCapture(r), "png",
                        new File(out.toFile(), "routine-" + step.id() + (dark ? "-dark" : "-light") + ".png"));
                robot.keyPress(java.awt.event.KeyEvent.VK_RIGHT);
                robot.keyRelease(java.awt.event.KeyEvent.VK_RIGHT);
            }
            SwingUtilities.invokeAndWait(launcher::close);
        }
        System.exit(0);
    }
}
