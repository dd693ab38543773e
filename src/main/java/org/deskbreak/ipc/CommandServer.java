package org.deskbreak.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import org.deskbreak.platform.FileKind;
import org.deskbreak.platform.Os;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the Unix-domain command socket. One daemon thread serves every client through a
 * selector, so a slow, silent or hostile client never holds a thread: each connection gets a
 * deadline for sending its request and is dropped when it passes. Idle, the thread sleeps in the
 * selector without polling.
 *
 * <p>Commands run one at a time, in the order they came, on a second thread. A client is told at
 * once that its command is queued and again when it starts, so however many clients arrive
 * together, none gives up on a command that is then carried out, and the selector keeps answering
 * while a command does slow work. Clients beyond {@link #MAX_CLIENTS} wait in the socket's backlog
 * until a place is free; none is turned away.
 */
public final class CommandServer implements AutoCloseable {

    public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    /** Open connections at most; further clients wait in the backlog until one closes. */
    static final int MAX_CLIENTS = 256;
    private static final int BACKLOG = 256;
    private static final Logger LOG = LoggerFactory.getLogger(CommandServer.class);

    private final InstanceLock lock;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final PeerCheck peers;
    private final RequestHandler handler;
    private final long timeoutNanos;
    private final Thread thread;
    private final Thread runner;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    /** What the command thread hands back to the selector thread: progress and replies to write. */
    private final Queue<Runnable> handBack = new ConcurrentLinkedQueue<>();
    private final SelectionKey acceptKey;
    private int connections;
    private volatile boolean open = true;

    private CommandServer(InstanceLock lock, Path socket, ServerSocketChannel server, Selector selector,
                          SelectionKey acceptKey, PeerCheck peers, RequestHandler handler, Duration timeout,
                          ThreadFactory threads) {
        this.lock = lock;
        this.socket = socket;
        this.server = server;
        this.selector = selector;
        this.acceptKey = acceptKey;
        this.peers = peers;
        this.handler = handler;
        this.timeoutNanos = timeout.toNanos();
        this.thread = threads.newThread(this::serve);
        thread.setDaemon(true);
        thread.setName("deskbreak-commands");
        this.runner = threads.newThread(this::runCommands);
        runner.setDaemon(true);
        runner.setName("deskbreak-command-runner");
    }

    /**
     * Binds the socket and starts serving. Only the holder of the instance lock may call this, which
     * is what makes removing a socket left behind by a crashed app safe. The server keeps the lock
     * and releases it when it closes.
     */
    public static CommandServer start(InstanceLock proof, RuntimeFolder folder, RequestHandler handler) throws IOException {
        return start(proof, folder, handler, READ_TIMEOUT);
    }

    static CommandServer start(InstanceLock proof, RuntimeFolder folder, RequestHandler handler, Duration timeout)
            throws IOException {
        if (!proof.isValid()) {
            throw new IllegalStateException("the instance lock was released");
        }
        Objects.requireNonNull(handler, "handler");
        Path socket = folder.socket();
        removeLeftover(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = null;
        SelectionKey acceptKey;
        try {
            server.bind(UnixDomainSocketAddress.of(socket), BACKLOG);
            server.configureBlocking(false);
            selector = Selector.open();
            acceptKey = server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
        CommandServer commands = new CommandServer(proof, socket, server, selector, acceptKey,
                new PeerCheck(folder.owner(), Os.current()), handler, timeout, Thread::new);
        commands.runner.start();
        commands.thread.start();
        return commands;
    }

    /** A socket (or stray file) left by a crashed app goes; a folder in its place is not ours to delete. */
    private static void removeLeftover(Path socket) throws IOException {
        Optional<FileKind> there = FileKind.of(socket);
        if (there.isPresent() && there.get() == FileKind.FOLDER) {
            throw new FileSystemException(socket.toString(), null, "is a folder, not a socket");
        }
        Files.deleteIfExists(socket);
    }

    public Path socket() {
        return socket;
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        // Wakes the command thread so it sees the server closed; a command under way is let finish
        // rather than interrupted half-way through a save.
        commands.add(Reply.NOTHING);
        if (Thread.currentThread() != thread) {
            try {
                thread.join(READ_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serve() {
        try {
            while (open) {
                runHandedBack();
                long wait = closeExpired();
                selector.select(wait == Long.MAX_VALUE ? 0 : Math.max(1, wait));
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    handleSafely(key);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.warn("command socket stopped", e);
        } finally {
            shutDown();
        }
    }

    private void handleSafely(SelectionKey key) {
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isAcceptable()) {
                accept();
            } else if (key.isReadable()) {
                read(key);
            } else if (key.isWritable()) {
                write(key);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("dropping a command client", e);
            drop(key);
        }
    }

    private void accept() throws IOException {
        SocketChannel client = server.accept();
        if (client == null) {
            return;
        }
        client.configureBlocking(false);
        connections++;
        Connection connection = new Connection(System.nanoTime() + timeoutNanos);
        SelectionKey key = client.register(selector, SelectionKey.OP_READ, connection);
        if (!peers.allows(client)) {
            LOG.warn("refused a command from another user");
            answer(key, new Reply(Reply.Status.DENIED, "only the user running DeskBreak may control it", "", Reply.NOTHING));
        }
        acceptOnlyWhileThereIsRoom();
    }

    /** A full house stops accepting rather than hanging up: the kernel keeps the rest waiting. */
    private void acceptOnlyWhileThereIsRoom() {
        boolean room = connections < MAX_CLIENTS;
        if (acceptKey.isValid()) {
            acceptKey.interestOps(room ? SelectionKey.OP_ACCEPT : 0);
        }
    }

    private void read(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        SocketChannel client = (SocketChannel) key.channel();
        if (connection.draining) {
            drain(key, client);
            return;
        }
        int n = client.read(connection.in);
        Optional<ByteBuffer> line = connection.line();
        if (line.isPresent()) {
            Protocol.Decoded decoded = Protocol.decodeRequest(line.get());
            if (decoded.request().isEmpty()) {
                answer(key, Reply.bad(decoded.problem()));
            } else {
                queue(key, decoded.request().get());
            }
        } else if (n < 0) {
            answer(key, Reply.bad("the request ended before its newline"));
        } else if (!connection.in.hasRemaining()) {
            answer(key, Reply.bad("request longer than " + Protocol.MAX_MESSAGE_BYTES + " bytes"));
        }
    }

    /**
     * Tells the client its command is queued, then hands it to the command thread. The client's
     * deadline is lifted: from here on the wait is DeskBreak's, not the client's fault.
     */
    private void queue(SelectionKey key, Request request) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.deadline = Long.MAX_VALUE;
        send(key, Protocol.encodeProgress(Protocol.Progress.QUEUED));
        commands.add(() -> {
            handBack(() -> sendSafely(key, Protocol.encodeProgress(Protocol.Progress.STARTED)));
            Reply reply = replyTo(request);
            handBack(() -> answerSafely(key, reply));
        });
    }

    /** On the command thread, one command after another. */
    private void runCommands() {
        try {
            while (open) {
                commands.take().run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // closed: commands not yet started are dropped with their clients, who were never told they started
    }

    private Reply replyTo(Request request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.warn("command failed: {}", request, e);
            return Reply.error("the command failed inside DeskBreak: " + e.getClass().getSimpleName());
        }
    }

    private void handBack(Runnable onSelectorThread) {
        handBack.add(onSelectorThread);
        selector.wakeup();
    }

    private void runHandedBack() {
        for (Runnable r = handBack.poll(); r != null; r = handBack.poll()) {
            r.run();
        }
    }

    private void sendSafely(SelectionKey key, byte[] bytes) {
        try {
            send(key, bytes);
        } catch (IOException | RuntimeException e) {
            LOG.debug("dropping a command client", e);
            drop(key);
        }
    }

    private void answerSafely(SelectionKey key, Reply reply) {
        try {
            answer(key, reply);
        } catch (IOException | RuntimeException e) {
            LOG.debug("dropping a command client", e);
            drop(key);
            // the client hung up before its answer; the command was done all the same
            runAfterSent(reply.afterSent());
        }
    }

    private void answer(SelectionKey key, Reply reply) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.afterSent = reply.afterSent();
        connection.answered = true;
        connection.deadline = System.nanoTime() + timeoutNanos;
        send(key, Protocol.encode(reply));
    }

    private void send(SelectionKey key, byte[] bytes) throws IOException {
        if (!key.isValid()) {
            throw new IOException("the client is gone");
        }
        ((Connection) key.attachment()).out.add(ByteBuffer.wrap(bytes));
        write(key);
    }

    private void write(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        SocketChannel client = (SocketChannel) key.channel();
        while (!connection.out.isEmpty()) {
            ByteBuffer next = connection.out.peek();
            client.write(next);
            if (next.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
            connection.out.remove();
        }
        if (connection.answered) {
            runAfterSent(connection.afterSent);
            connection.afterSent = Reply.NOTHING;
            lingerUntilTheClientCloses(key, client);
        } else {
            key.interestOps(0);  // queued: nothing to read or write until the command is done
        }
    }

    /**
     * Closing a Unix socket with unread bytes in it resets the connection, and the reset can
     * overtake the reply (a refused client's request is never read): so say we are done
     * writing and wait, until the client's deadline at most, for it to hang up.
     */
    private void lingerUntilTheClientCloses(SelectionKey key, SocketChannel client) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.draining = true;
        client.shutdownOutput();
        key.interestOps(SelectionKey.OP_READ);
        drain(key, client);
    }

    private void drain(SelectionKey key, SocketChannel client) throws IOException {
        ByteBuffer discard = ByteBuffer.allocate(Protocol.MAX_MESSAGE_BYTES);
        int n;
        do {
            discard.clear();
            n = client.read(discard);
        } while (n > 0);
        if (n < 0) {
            drop(key);
        }
    }

    /** On its own short-lived thread: {@code quit} closes this very server. */
    private static void runAfterSent(Runnable action) {
        if (action == Reply.NOTHING) {
            return;
        }
        Thread after = new Thread(action, "deskbreak-command-action");
        after.setDaemon(true);
        after.start();
    }

    /** Drops clients past their deadline; returns milliseconds until the next deadline. */
    private long closeExpired() {
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection connection) {
                long left = connection.deadline - now;
                if (left <= 0) {
                    drop(key);
                } else {
                    next = Math.min(next, Duration.ofNanos(left).toMillis() + 1);
                }
            }
        }
        return next;
    }

    private void drop(SelectionKey key) {
        if (key.isValid() && key.attachment() instanceof Connection) {
            connections--;
        }
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            // already gone
        }
        acceptOnlyWhileThereIsRoom();
    }

    private void shutDown() {
        for (SelectionKey key : selector.keys()) {
            drop(key);
        }
        try {
            selector.close();
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("closing the command socket", e);
        } finally {
            lock.close();
        }
    }

    /** What one client has sent and is owed. */
    private static final class Connection {
        long deadline;
        final ByteBuffer in = ByteBuffer.allocate(Protocol.MAX_MESSAGE_BYTES);
        final Queue<ByteBuffer> out = new ArrayDeque<>();
        Runnable afterSent = Reply.NOTHING;
        boolean answered;
        boolean draining;

        Connection(long deadline) {
            this.deadline = deadline;
        }

        /** The bytes before the first newline, once one has arrived. */
        Optional<ByteBuffer> line() {
            for (int i = 0; i < in.position(); i++) {
                if (in.get(i) == '\n') {
                    return Optional.of(ByteBuffer.wrap(in.array(), 0, i));
                }
            }
            return Optional.empty();
        }
    }
}
