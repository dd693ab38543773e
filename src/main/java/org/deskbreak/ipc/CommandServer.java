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
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.deskbreak.platform.FileKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the Unix-domain command socket. One daemon thread serves every client through a
 * selector, so a slow, silent or hostile client never holds a thread: each connection gets a
 * deadline and is dropped when it passes. Idle, the thread sleeps in the selector without polling.
 */
public final class CommandServer implements AutoCloseable {

    public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    /** More waiting clients than a person could start by hand; beyond it new ones are turned away. */
    static final int MAX_CLIENTS = 32;
    private static final Logger LOG = LoggerFactory.getLogger(CommandServer.class);

    private final InstanceLock lock;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final PeerCheck peers;
    private final RequestHandler handler;
    private final long timeoutNanos;
    private final Thread thread;
    private volatile boolean open = true;

    private CommandServer(InstanceLock lock, Path socket, ServerSocketChannel server, Selector selector, PeerCheck peers,
                          RequestHandler handler, Duration timeout, ThreadFactory threads) {
        this.lock = lock;
        this.socket = socket;
        this.server = server;
        this.selector = selector;
        this.peers = peers;
        this.handler = handler;
        this.timeoutNanos = timeout.toNanos();
        this.thread = threads.newThread(this::serve);
        thread.setDaemon(true);
        thread.setName("deskbreak-commands");
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
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            server.configureBlocking(false);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
        CommandServer commands = new CommandServer(proof, socket, server, selector, new PeerCheck(folder.owner()),
                handler, timeout, Thread::new);
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
        if (selector.keys().size() > MAX_CLIENTS) {
            client.close();
            return;
        }
        Connection connection = new Connection(System.nanoTime() + timeoutNanos);
        SelectionKey key = client.register(selector, SelectionKey.OP_READ, connection);
        if (!peers.allows(client)) {
            LOG.warn("refused a command from another user");
            answer(key, new Reply(Reply.Status.DENIED, "only the user running DeskBreak may control it", "", Reply.NOTHING));
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
            answer(key, replyTo(line.get()));
        } else if (n < 0) {
            answer(key, Reply.bad("the request ended before its newline"));
        } else if (!connection.in.hasRemaining()) {
            answer(key, Reply.bad("request longer than " + Protocol.MAX_MESSAGE_BYTES + " bytes"));
        }
    }

    private Reply replyTo(ByteBuffer line) {
        Protocol.Decoded decoded = Protocol.decodeRequest(line);
        if (decoded.request().isEmpty()) {
            return Reply.bad(decoded.problem());
        }
        try {
            return handler.handle(decoded.request().get());
        } catch (RuntimeException e) {
            LOG.warn("command failed: {}", decoded.request().get(), e);
            return Reply.error("the command failed inside DeskBreak: " + e.getClass().getSimpleName());
        }
    }

    private void answer(SelectionKey key, Reply reply) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.out = ByteBuffer.wrap(Protocol.encode(reply));
        connection.afterSent = reply.afterSent();
        key.interestOps(SelectionKey.OP_WRITE);
        write(key);
    }

    private void write(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        SocketChannel client = (SocketChannel) key.channel();
        client.write(connection.out);
        if (!connection.out.hasRemaining()) {
            runAfterSent(connection.afterSent);
            lingerUntilTheClientCloses(key, client);
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

    private static void drain(SelectionKey key, SocketChannel client) throws IOException {
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

    private static void drop(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            // already gone
        }
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
        final long deadline;
        final ByteBuffer in = ByteBuffer.allocate(Protocol.MAX_MESSAGE_BYTES);
        ByteBuffer out;
        Runnable afterSent = Reply.NOTHING;
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
