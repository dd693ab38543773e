package org.deskbreak.ipc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire format between the command line and the running app: one UTF-8 line per request,
 * {@code DESKBREAK/1 COMMAND [ARG...]}, and a reply whose first line is
 * {@code DESKBREAK/1 STATUS message} followed by an optional body until the connection closes.
 * The version token lets a newer command line talk to an older app and get a clear refusal.
 *
 * <p>Before the reply the app may send progress lines, {@code DESKBREAK/1 QUEUED} when it has
 * taken the request and {@code DESKBREAK/1 STARTED} when it begins to carry it out, so a client
 * can wait as long as a queue of other commands takes without mistaking the wait for silence.
 */
public final class Protocol {

    public static final String VERSION = "DESKBREAK/1";
    /** Longest request or reply, newline included. */
    public static final int MAX_MESSAGE_BYTES = 4096;
    private static final int MAX_ARGS = 8;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:+-]{1,64}");

    private Protocol() {
    }

    public static byte[] encode(Request request) {
        StringBuilder line = new StringBuilder(VERSION).append(' ').append(request.command());
        for (String arg : request.args()) {
            line.append(' ').append(arg);
        }
        return bytes(line.append('\n').toString());
    }

    /** The request in one line (without its newline), or why it is not one. */
    public static Decoded decodeRequest(ByteBuffer line) {
        Optional<String> text = utf8(line);
        if (text.isEmpty()) {
            return Decoded.bad("not UTF-8");
        }
        List<String> tokens = Arrays.asList(text.get().split(" ", -1));
        if (!tokens.get(0).equals(VERSION)) {
            return Decoded.bad(tokens.get(0).startsWith("DESKBREAK/") ? "unsupported protocol version" : "not a DeskBreak request");
        }
        if (tokens.size() < 2 || tokens.size() > 2 + MAX_ARGS) {
            return Decoded.bad("expected a command and at most " + MAX_ARGS + " arguments");
        }
        for (String token : tokens.subList(1, tokens.size())) {
            if (!TOKEN.matcher(token).matches()) {
                return Decoded.bad("malformed request");
            }
        }
        return new Decoded(Optional.of(new Request(tokens.get(1), tokens.subList(2, tokens.size()))), "");
    }

    /** How far the app has got with a request, before it replies. */
    public enum Progress {
        QUEUED,
        STARTED;

        /** The progress a line (without its newline) reports, or empty when it is not a progress line. */
        static Optional<Progress> of(String line) {
            for (Progress p : values()) {
                if (line.equals(VERSION + ' ' + p.name())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public static byte[] encodeProgress(Progress progress) {
        return bytes(VERSION + ' ' + progress.name() + '\n');
    }

    public static byte[] encode(Reply reply) {
        String head = VERSION + ' ' + reply.status().name() + ' ' + oneLine(reply.message()) + '\n';
        String body = reply.body().isEmpty() || reply.body().endsWith("\n") ? reply.body() : reply.body() + '\n';
        byte[] bytes = bytes(head + body);
        if (bytes.length > MAX_MESSAGE_BYTES) {
            return bytes(VERSION + ' ' + Reply.Status.ERROR.name() + " reply too long\n");
        }
        return bytes;
    }

    /** The reply in what the app sent; progress lines before it are passed over. */
    public static Reply decodeReply(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        while (end >= 0 && Progress.of(text.substring(0, end)).isPresent()) {
            text = text.substring(end + 1);
            end = text.indexOf('\n');
        }
        if (end < 0) {
            return Reply.error("the app sent an incomplete answer");
        }
        String[] head = text.substring(0, end).split(" ", 3);
        if (head.length < 2 || !head[0].equals(VERSION)) {
            return Reply.error("the app answered in an unknown protocol");
        }
        Reply.Status status;
        try {
            status = Reply.Status.valueOf(head[1]);
        } catch (IllegalArgumentException e) {
            return Reply.error("the app sent an unknown status: " + oneLine(head[1]));
        }
        return new Reply(status, head.length > 2 ? head[2] : "", text.substring(end + 1), Reply.NOTHING);
    }

    private static Optional<String> utf8(ByteBuffer bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A request, or the reason the line was not one. */
    public record Decoded(Optional<Request> request, String problem) {
        static Decoded bad(String problem) {
            return new Decoded(Optional.empty(), problem);
        }
    }
}
