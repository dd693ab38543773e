package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.deskbreak.ui.Edt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What nobody caught, on the event thread or any other, reaches the log. */
class UncaughtLoggingTest {

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtLogging.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
        UncaughtLogging.install();
    }

    @AfterEach
    void restore() {
        logger.detachAppender(logged);
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void anExceptionOnTheEventThreadIsLogged() {
        Edt.later(() -> {
            throw new IllegalStateException("thrown on the event thread 4711");
        });
        Edt.now(() -> { }, Duration.ofSeconds(10));   // the event thread carries on after reporting it

        assertThat(logged.list).anySatisfy(e -> {
            assertThat(e.getThreadName()).startsWith("AWT-EventQueue");
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("thrown on the event thread 4711");
        });
    }

    @Test
    void anExceptionOnAPlainThreadIsLogged() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("thrown on a worker 0815");
        }, "some-worker");
        worker.start();
        worker.join();   // the handler runs on the dying thread, before it ends

        assertThat(logged.list).anySatisfy(e -> {
            assertThat(e.getFormattedMessage()).contains("some-worker");
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("thrown on a worker 0815");
        });
    }
}
