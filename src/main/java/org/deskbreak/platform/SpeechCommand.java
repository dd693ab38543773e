package org.deskbreak.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How this system reads text aloud: the command to run for a text, and how to silence it. Chosen
 * from the operating system and the programs on the PATH, both handed in so any platform's choice
 * can be tested anywhere.
 *
 * @param name    the engine, for the log
 * @param program the program and its options; the text goes last, or on standard input
 * @param viaStdin the text is written to the program's input (Windows, where arguments are re-parsed)
 * @param cancel  a command that silences speech still playing elsewhere (speech-dispatcher), or empty
 */
public record SpeechCommand(String name, List<String> program, boolean viaStdin, List<String> cancel) {

    public SpeechCommand {
        program = List.copyOf(program);
        cancel = List.copyOf(cancel);
    }

    /** The command line that says {@code text}. */
    public List<String> argv(String text) {
        List<String> argv = new ArrayList<>(program);
        if (!viaStdin) {
            argv.add(text);
        }
        return argv;
    }

    /** The engine of this machine, if it has one. */
    public static Optional<SpeechCommand> detect() {
        return detect(Os.current(), onPath(System.getenv()));
    }

    /**
     * @param os      the system this runs on
     * @param present whether a program of that name can be run
     */
    public static Optional<SpeechCommand> detect(Os os, Predicate<String> present) {
        if (os.isWindows()) {
            // The speech API of Windows itself, through PowerShell; the text comes on standard input.
            return Optional.of(new SpeechCommand("Windows speech", List.of("powershell", "-NoProfile",
                    "-NonInteractive", "-Command", "Add-Type -AssemblyName System.Speech; "
                            + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak([Console]::In.ReadToEnd())"),
                    true, List.of()));
        }
        if (os.isMac()) {
            return Optional.of(new SpeechCommand("say", List.of("say"), false, List.of()));
        }
        if (present.test("spd-say")) {
            // --wait keeps the process for as long as it speaks; cancelling stops the daemon's queue.
            return Optional.of(new SpeechCommand("speech-dispatcher", List.of("spd-say", "--wait", "--"), false,
                    List.of("spd-say", "--cancel")));
        }
        if (present.test("espeak-ng")) {
            return Optional.of(new SpeechCommand("espeak-ng", List.of("espeak-ng", "--"), false, List.of()));
        }
        return Optional.empty();
    }

    private static Predicate<String> onPath(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        return program -> {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                    return true;
                }
            }
            return false;
        };
    }
}
