package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.deskbreak.ui.Edt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What nobody caught, on the event thread or any other, reaches the log. */
class UncaughtLoggingTest {

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private CapturedLog logged;

    @BeforeEach
    void listen() {
        logged = CapturedLog.of(UncaughtLogging.class);
        UncaughtLogging.install();
    }

    @AfterEach
    void restore() {
        logged.close();
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void anExceptionOnTheEventThreadIsLogged() {
        Edt.later(() -> {
            throw new IllegalStateException("thrown on the event thread 4711");
        });
        Edt.now(() -> { }, Duration.ofSeconds(10));   // the event thread carries on after reporting it

        assertThat(logged.entries()).anySatisfy(e -> {
            assertThat(e.thread()).startsWith("AWT-EventQueue");
            assertThat(e.thrown().getMessage()).isEqualTo("thrown on the event thread 4711");
        });
    }

    @Test
    void anExceptionOnAPlainThreadIsLogged() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("thrown on a worker 0815");
        }, "some-worker");
        worker.start();
        worker.join();   // the handler runs on the dying thread, before it ends

        assertThat(logged.entries()).anySatisfy(e -> {
            assertThat(e.message()).contains("some-worker");
            assertThat(e.thrown().getMessage()).isEqualTo("thrown on a worker 0815");
        });
    }
}
