package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.deskbreak.core.ClockFormat;
import org.deskbreak.core.IdleSource;
import org.deskbreak.core.ManualClock;
import org.deskbreak.core.Planner;
import org.deskbreak.core.Settings;
import org.deskbreak.ipc.CommandClient;
import org.deskbreak.ipc.CommandServer;
import org.deskbreak.ipc.InstanceLock;
import org.deskbreak.ipc.Reply;
import org.deskbreak.ipc.Request;
import org.deskbreak.ipc.RuntimeFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whatever arrives on the socket, the app keeps answering and keeps no thread busy. */
class CliServerFuzzTest {

    private static final int MESSAGES = 10_000;
    /** Silent clients: each is dropped at its deadline, never answered. */
    private static final int MORE_SILENT_CLIENTS_THAN_ALLOWED = 40;
    private static final String[] COMMANDS = {"now", "snooze", "skip", "pause", "resume", "every", "status",
        "settings", "stats", "quit", "show-status", "bogus", "STATUS", ""};
    private static final String[] ARGS = {"-5", "banana", "0m", "10m", "1h30m", "99999999h", "json", "until-tomorrow",
        "indefinitely", "25h", "9h", "\u00e9t\u00e9", "1h\u0000", "10m 10m"};

    @TempDir
    Path home;

    private final ManualClock clock = ManualClock.at("2026-11-25T09:00", "UTC");
    private final Planner planner = new Planner(clock, Settings.defaults(), IdleSource.NONE);
    private final AtomicInteger windowCalls = new AtomicInteger();
    private CommandServer server;
    private Path socket;

    @BeforeEach
    void startServer() throws IOException {
        planner.start();
        RuntimeFolder folder = RuntimeFolder.prepare(home.resolve("run"));
        InstanceLock lock = InstanceLock.tryAcquire(folder.lockFile()).orElseThrow();
        server = CommandServer.start(lock, folder, new CliDispatcher(new CountingApp(), new ClockFormat(Locale.UK, ZoneOffset.UTC)));
        socket = server.socket();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandMalformedMessagesLeaveTheAppAnsweringWithNoExtraThreads() throws Exception {
        int threadsBefore = liveThreads();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Reply.Status, Integer> seen = new EnumMap<>(Reply.Status.class);
        int dropped = 0;
        long started = System.nanoTime();

        for (int i = 0; i < MESSAGES; i++) {
            Sent sent = send(random);
            if (sent.reply.isEmpty()) {
                dropped++;
                continue;
            }
            assertThat(sent.reply).as("seed %d, message %s", seed, sent.what).startsWith("DESKBREAK/1 ");
            Reply reply = org.deskbreak.ipc.Protocol.decodeReply(sent.reply.getBytes(StandardCharsets.UTF_8));
            assertThat(reply.status()).as("seed %d, message %s: %s", seed, sent.what, sent.reply)
                    .isNotEqualTo(Reply.Status.ERROR);
            if (sent.malformed) {
                assertThat(reply.status()).as("seed %d, message %s", seed, sent.what).isEqualTo(Reply.Status.BAD);
            }
            seen.merge(reply.status(), 1, Integer::sum);
        }
        List<SocketChannel> silent = openSilentClients(MORE_SILENT_CLIENTS_THAN_ALLOWED);
        for (SocketChannel client : silent) {
            assertThat(readAll(client)).as("a silent client is dropped without an answer").isEmpty();
            client.close();
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Reply status = CommandClient.send(socket, Request.of("status", "json"), Duration.ofSeconds(5));
        assertThat(status.status()).isEqualTo(Reply.Status.OK);
        assertThat(status.body()).startsWith("{\"state\":\"" + planner.snapshot().phase().name().toLowerCase())
                .contains("\"intervalSeconds\":" + planner.settings().interval().getSeconds());
        assertThat(awaitThreadsAtMost(threadsBefore)).as("threads after the fuzz").isLessThanOrEqualTo(threadsBefore);
        assertThat(seen).containsKeys(Reply.Status.OK, Reply.Status.BAD, Reply.Status.REFUSED);
        System.out.printf("fuzz: %d messages + %d silent clients in %d ms (seed %d), replies %s, dropped %d, window calls %d%n",
                MESSAGES, silent.size(), elapsed, seed, seen, dropped, windowCalls.get());
    }

    /** One connection with one kind of bad (or good) input; what came back, if anything. */
    private Sent send(Random random) throws IOException {
        int kind = random.nextInt(9);
        byte[] bytes;
        boolean malformed = true;
        boolean halfClose = true;
        switch (kind) {
            case 0 -> bytes = withNewline(randomBytes(random, random.nextInt(200)));
            case 1 -> bytes = randomBytes(random, 1 + random.nextInt(200));               // no newline, half-open
            case 2 -> bytes = "A".repeat(4097 + random.nextInt(6000)).getBytes(StandardCharsets.US_ASCII);
            case 3 -> bytes = ("DESKBREAK/1 " + printable(random, random.nextInt(80)) + " \u0001\n").getBytes(StandardCharsets.UTF_8);
            case 4 -> bytes = ("DESKBREAK/" + random.nextInt(10) + "0 status\n").getBytes(StandardCharsets.UTF_8);
            case 5 -> {
                String line = "DESKBREAK/1 " + COMMANDS[random.nextInt(COMMANDS.length)]
                        + (random.nextBoolean() ? "" : " " + ARGS[random.nextInt(ARGS.length)]);
                bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                malformed = false;  // may be fine, refused or bad: only never an internal error
            }
            case 6 -> bytes = new byte[0];                                                   // says nothing, hangs up
            case 7 -> bytes = new byte[] {'D', 'E', 'S', 'K', 'B', 'R', 'E', 'A', 'K', '/', '1', ' ', (byte) 0xff, (byte) 0xfe, '\n'};
            default -> {
                bytes = "DESKBREAK/1 status\r\n".getBytes(StandardCharsets.US_ASCII);
                halfClose = random.nextBoolean();
            }
        }
        try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            client.connect(UnixDomainSocketAddress.of(socket));
            try {
                client.write(ByteBuffer.wrap(bytes));
                if (halfClose) {
                    client.shutdownOutput();
                }
            } catch (IOException serverStoppedReading) {
                // the server answers an oversize line before reading all of it, then hangs up
            }
            return new Sent(kind + ":" + abbreviate(bytes), malformed, readAll(client));
        }
    }

    private record Sent(String what, boolean malformed, String reply) {
    }

    private List<SocketChannel> openSilentClients(int n) throws IOException {
        List<SocketChannel> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
            client.connect(UnixDomainSocketAddress.of(socket));
            clients.add(client);
        }
        return clients;
    }

    /** Until the server hangs up; the test's timeout guards against a server that never does. */
    private static String readAll(SocketChannel client) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        try {
            while (client.read(buffer) >= 0) {
                all.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        } catch (IOException reset) {
            // the server dropped us mid-way: that counts as no answer
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static int liveThreads() {
        return Thread.activeCount();
    }

    /** Threads that ran a finished command's follow-up (quit) end on their own; give them a moment. */
    private static int awaitThreadsAtMost(int limit) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int now = liveThreads();
        while (now > limit && System.nanoTime() < deadline) {
            Thread.sleep(20);
            now = liveThreads();
        }
        return now;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n') {
                b[i] = 'x';
            }
        }
        return b;
    }

    private static byte[] withNewline(byte[] b) {
        byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
        out[b.length] = '\n';
        return out;
    }

    private static String printable(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) (' ' + random.nextInt(95)));
        }
        return s.toString();
    }

    private static String abbreviate(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.ISO_8859_1);
        return s.replaceAll("[^ -~]", "?") + (bytes.length > 60 ? "...(" + bytes.length + " bytes)" : "");
    }

    /** Windows are only counted: the fuzz is about the socket, not the UI. */
    private final class CountingApp implements RunningApp {
        @Override
        public Planner planner() {
            return planner;
        }

        @Override
        public void setInterval(Duration interval) {
            planner.applySettings(planner.settings().withInterval(interval));
        }

        @Override
        public void showStatus() {
            windowCalls.incrementAndGet();
        }

        @Override
        public void showSettings() {
            windowCalls.incrementAndGet();
        }

        @Override
        public void showStats() {
            windowCalls.incrementAndGet();
        }

        @Override
        public void quit() {
            windowCalls.incrementAndGet();
        }
    }

}
