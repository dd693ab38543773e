package org.deskbreak.ipc;

import java.util.List;
import java.util.Objects;

/** One command for the running app, with its arguments already in canonical form. */
public record Request(String command, List<String> args) {

    public Request {
        Objects.requireNonNull(command, "command");
        args = List.copyOf(args);
    }

    public static Request of(String command, String... args) {
        return new Request(command, List.of(args));
    }
}
