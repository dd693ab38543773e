package org.deskbreak.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.ZoneId;
import org.deskbreak.ipc.CommandServer;
import org.deskbreak.platform.AppDirs;
import org.deskbreak.platform.NativeHeap;
import org.deskbreak.platform.X11EventLoop;

/** Wiring only: builds the objects and passes them in. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.detect();
        String logDir = System.getProperty("deskbreak.logdir");
        LogFile.install(logDir == null ? dirs.logDir() : java.nio.file.Path.of(logDir),
                System.getProperty("deskbreak.loglevel", "INFO"));
        UncaughtLogging.install();
        Cli cli = new Cli(dirs.runtime(), options -> launchDesktop(dirs, options), ZoneId.systemDefault());
        Charset console = Charset.defaultCharset();
        int code = cli.run(args, new PrintWriter(System.out, true, console), new PrintWriter(System.err, true, console));
        if (cli.startedApp().isPresent()) {
            CommandServer commands = cli.startedApp().get();
            Runtime.getRuntime().addShutdownHook(new Thread(commands::close, "deskbreak-release-instance"));
            return;  // the desktop app's own threads keep the process alive until it quits
        }
        System.exit(code);
    }

    /** Builds the desktop app: planner, settings, scheduler, tray. */
    static RunningApp launchDesktop(AppDirs dirs, String[] options) {
        String eventLoop = X11EventLoop.quieten();  // before anything starts AWT's toolkit
        org.slf4j.LoggerFactory.getLogger(Main.class).info("X11 event loop: {}", eventLoop);
        RunningApp app = DesktopApp.launch(dirs, options);
        NativeHeap.trimSoon("the start");
        return app;
    }
}
