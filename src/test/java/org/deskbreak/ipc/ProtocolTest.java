package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolTest {

    private static Protocol.Decoded decode(String line) {
        return Protocol.decodeRequest(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRequestSurvivesTheTrip() {
        byte[] wire = Protocol.encode(Request.of("snooze", "10m"));

        assertThat(new String(wire, StandardCharsets.UTF_8)).isEqualTo("DESKBREAK/1 snooze 10m\n");
        Protocol.Decoded back = Protocol.decodeRequest(ByteBuffer.wrap(wire, 0, wire.length - 1));
        assertThat(back.request()).contains(new Request("snooze", List.of("10m")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "status", "DESKBREAK/2 status", "DESKBREAK/1", "DESKBREAK/1 ", "DESKBREAK/1  status",
        "DESKBREAK/1 status\r", "DESKBREAK/1 sta tus a b c d e f g h", "DESKBREAK/1 st\u00e4tus", "DESKBREAK/1 status\u0000",
        "GET / HTTP/1.1"})
    void refusesAnythingElse(String line) {
        Protocol.Decoded decoded = decode(line);

        assertThat(decoded.request()).isEmpty();
        assertThat(decoded.problem()).isNotBlank();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bad = {'D', 'E', 'S', 'K', 'B', 'R', 'E', 'A', 'K', '/', '1', ' ', (byte) 0xc3, (byte) 0x28};

        assertThat(Protocol.decodeRequest(ByteBuffer.wrap(bad)).problem()).isEqualTo("not UTF-8");
    }

    @Test
    void aNewerProtocolIsNamedAsSuch() {
        assertThat(decode("DESKBREAK/2 status").problem()).isEqualTo("unsupported protocol version");
    }

    @Test
    void aReplyKeepsItsStatusMessageAndBody() {
        Reply reply = Reply.ok("done\nwith a newline").withBody("{\"a\":1}");

        Reply back = Protocol.decodeReply(Protocol.encode(reply));

        assertThat(back.status()).isEqualTo(Reply.Status.OK);
        assertThat(back.message()).isEqualTo("done with a newline");
        assertThat(back.body()).isEqualTo("{\"a\":1}\n");
    }

    @Test
    void aReplyTooLongForTheWireBecomesAnError() {
        Reply huge = Reply.ok("x").withBody("y".repeat(Protocol.MAX_MESSAGE_BYTES));

        assertThat(Protocol.decodeReply(Protocol.encode(huge)).status()).isEqualTo(Reply.Status.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no newline", "HTTP/1.1 200 OK\n", "DESKBREAK/1 MAYBE hmm\n"})
    void aGarbledReplyIsAnError(String text) {
        assertThat(Protocol.decodeReply(text.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(Reply.Status.ERROR);
    }

    @Test
    void progressLinesBeforeTheReplyArePassedOver() {
        String wire = new String(Protocol.encodeProgress(Protocol.Progress.QUEUED), StandardCharsets.UTF_8)
                + new String(Protocol.encodeProgress(Protocol.Progress.STARTED), StandardCharsets.UTF_8)
                + "DESKBREAK/1 OK Reminding every 20m\n";

        Reply reply = Protocol.decodeReply(wire.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(Reply.Status.OK);
        assertThat(reply.message()).isEqualTo("Reminding every 20m");
    }
}
