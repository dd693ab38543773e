package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CommandServerTest {

    @TempDir
    Path temp;

    private final List<Request> handled = new CopyOnWriteArrayList<>();

    private Reply echo(Request request) {
        handled.add(request);
        return Reply.ok("did " + request.command());
    }

    @Test
    void answersARequestAndForgetsTheClient() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        try (CommandServer server = CommandServer.start(lock(folder), folder, this::echo)) {
            Reply reply = CommandClient.send(server.socket(), Request.of("now"), Duration.ofSeconds(5));

            assertThat(reply.status()).isEqualTo(Reply.Status.OK);
            assertThat(reply.message()).isEqualTo("did now");
            assertThat(handled).containsExactly(Request.of("now"));
        }
    }

    @Test
    void replacesASocketLeftBehindByACrash() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        Files.writeString(folder.socket(), "left by a crashed app");

        try (CommandServer server = CommandServer.start(lock(folder), folder, this::echo)) {
            assertThat(CommandClient.send(server.socket(), Request.of("status"), Duration.ofSeconds(5)).status())
                    .isEqualTo(Reply.Status.OK);
        }
        assertThat(folder.socket()).as("removed on a clean close").doesNotExist();
        assertThat(InstanceLock.isHeld(folder.lockFile())).as("lock released on close").isFalse();
    }

    @Test
    void onlyTheLockHolderMayBind() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        InstanceLock released = lock(folder);
        released.close();

        assertThatThrownBy(() -> CommandServer.start(released, folder, this::echo)).isInstanceOf(IllegalStateException.class);
        assertThat(folder.socket()).doesNotExist();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aSilentClientIsDroppedAtItsDeadlineWhileOthersAreServed() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        try (CommandServer server = CommandServer.start(lock(folder), folder, this::echo, Duration.ofMillis(300));
             SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(server.socket()));
            silent.write(ByteBuffer.wrap("DESKBREAK/1 sta".getBytes()));

            Reply meanwhile = CommandClient.send(server.socket(), Request.of("skip"), Duration.ofSeconds(5));
            long start = System.nanoTime();
            int read = silent.read(ByteBuffer.allocate(64));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(meanwhile.message()).isEqualTo("did skip");
            assertThat(read).as("dropped without an answer").isEqualTo(-1);
            assertThat(waitedMillis).isLessThan(5000);
            assertThat(handled).containsExactly(Request.of("skip"));
        }
    }

    @Test
    void aFailingHandlerBecomesAnErrorReplyAndTheServerCarriesOn() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        RequestHandler flaky = request -> {
            if (request.command().equals("boom")) {
                throw new IllegalStateException("boom");
            }
            return echo(request);
        };
        try (CommandServer server = CommandServer.start(lock(folder), folder, flaky)) {
            assertThat(CommandClient.send(server.socket(), Request.of("boom"), Duration.ofSeconds(5)).status())
                    .isEqualTo(Reply.Status.ERROR);
            assertThat(CommandClient.send(server.socket(), Request.of("now"), Duration.ofSeconds(5)).message())
                    .isEqualTo("did now");
        }
    }

    @Test
    void aFolderWhereTheSocketGoesIsNamedAsSuchAndLeftAlone() throws IOException {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        Files.createDirectories(folder.socket().resolve("the user's"));

        assertThatThrownBy(() -> CommandServer.start(lock(folder), folder, this::echo))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder, not a socket");
        assertThat(folder.socket().resolve("the user's")).isDirectory();
    }

    // ---- many clients at once

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void moreClientsThanItServesAtOnceWaitTheirTurnInsteadOfBeingHungUpOn() throws Exception {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        List<SocketChannel> silent = new java.util.ArrayList<>();
        try (CommandServer server = CommandServer.start(lock(folder), folder, this::echo, Duration.ofMillis(500))) {
            for (int i = 0; i < CommandServer.MAX_CLIENTS + 20; i++) {
                SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
                client.connect(UnixDomainSocketAddress.of(server.socket()));
                silent.add(client);
            }

            Reply reply = CommandClient.send(server.socket(), Request.of("status"), Duration.ofSeconds(10));

            assertThat(reply.message()).isEqualTo("did status");
        } finally {
            for (SocketChannel client : silent) {
                client.close();
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aQueueOfSlowCommandsIsWaitedOutAndEveryCommandCarriedOutSaysSo() throws Exception {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        int clients = 100;
        Duration eachTakes = Duration.ofMillis(30);
        Duration clientTimeout = Duration.ofSeconds(1);  // far less than the 3 s the whole queue takes
        RequestHandler slow = request -> {
            try {
                Thread.sleep(eachTakes.toMillis());  // stands in for a slow disk, not a wait for our own logic
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return echo(request);
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try (CommandServer server = CommandServer.start(lock(folder), folder, slow)) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Request request = Request.of("every", (i + 1) + "m");
                replies.add(pool.submit(() -> {
                    go.await();
                    return CommandClient.send(server.socket(), request, clientTimeout);
                }));
            }
            go.countDown();

            List<String> answered = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Reply> reply : replies) {
                answered.add(reply.get().message());
            }

            assertThat(handled).hasSize(clients);
            assertThat(answered).hasSize(clients).allMatch(m -> m.equals("did every"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClientStopsWaitingForACommandThatStartedButNeverEndsAndSaysItStarted() throws Exception {
        RuntimeFolder folder = RuntimeFolder.prepare(temp.resolve("run"));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        RequestHandler stuck = request -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return echo(request);
        };
        try (CommandServer server = CommandServer.start(lock(folder), folder, stuck)) {
            assertThatThrownBy(() -> CommandClient.send(server.socket(), Request.of("now"), Duration.ofMillis(300)))
                    .isInstanceOf(IOException.class).hasMessageContaining("started the command but did not finish it");
        } finally {
            release.countDown();
        }
    }

    private static InstanceLock lock(RuntimeFolder folder) throws IOException {
        return InstanceLock.tryAcquire(folder.lockFile()).orElseThrow();
    }
}
