package org.deskbreak.app;

/**
 * Builds and shows the desktop app once this process has become the only DeskBreak for the user.
 * The command line calls it with the start options it was given (such as {@code --no-tray}).
 */
@FunctionalInterface
public interface AppLauncher {

    RunningApp launch(String[] startOptions) throws Exception;
}
