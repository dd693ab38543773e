package org.deskbreak.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start at login on macOS: a LaunchAgent, {@code ~/Library/LaunchAgents/org.deskbreak.DeskBreak.plist},
 * which launchd reads at every login and, with {@code RunAtLoad}, starts once. It runs the app's
 * own launcher inside the installed bundle ({@code DeskBreak.app/Contents/MacOS/DeskBreak}), so
 * the app is started as a menu-bar app with its bundle's settings. Only in the user's graphical
 * session ({@code Aqua}), never restarted by launchd when the user quits.
 */
final class LaunchAgent implements Autostart.LoginEntry {

    static final String LABEL = "org.deskbreak.DeskBreak";
    static final String FILE_NAME = LABEL + ".plist";

    private final Path file;

    LaunchAgent(Path file) {
        this.file = file;
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public void write(Autostart.Launch launch, boolean chosenNow) throws IOException {
        Autostart.writeAtomically(file, plist(launch));
    }

    @Override
    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    static String plist(Autostart.Launch launch) {
        StringBuilder args = new StringBuilder();
        args.append("    <string>").append(escape(launch.program())).append("</string>\n");
        for (String a : launch.arguments()) {
            args.append("    <string>").append(escape(a)).append("</string>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                %s  </array>
                  <key>RunAtLoad</key>
                  <true/>
                  <key>KeepAlive</key>
                  <false/>
                  <key>LimitLoadToSessionType</key>
                  <string>Aqua</string>
                  <key>ProcessType</key>
                  <string>Interactive</string>
                </dict>
                </plist>
                """.formatted(LABEL, args);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
