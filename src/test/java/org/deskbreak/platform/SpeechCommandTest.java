package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeechCommandTest {

    @Test
    void linuxPrefersSpeechDispatcherThenEspeakNg() {
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("Linux"), Set.of("spd-say", "espeak-ng")::contains).orElseThrow().argv("Hold"))
                .containsExactly("spd-say", "--wait", "--", "Hold");
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("Linux"), Set.of("espeak-ng")::contains).orElseThrow().argv("Hold"))
                .containsExactly("espeak-ng", "--", "Hold");
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("Linux"), Set.of("spd-say")::contains).orElseThrow().cancel())
                .containsExactly("spd-say", "--cancel");
    }

    @Test
    void noEngineOnThePathMeansNone() {
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("Linux"), name -> false)).isEmpty();
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("FreeBSD"), name -> false)).isEmpty();
    }

    @Test
    void macSaysAndWindowsReadsTheTextFromStandardInput() {
        assertThat(SpeechCommand.detect(org.deskbreak.platform.Os.of("Mac OS X"), name -> false).orElseThrow().argv("-rf /"))
                .containsExactly("say", "-rf /");
        SpeechCommand windows = SpeechCommand.detect(org.deskbreak.platform.Os.of("Windows 11"), name -> false).orElseThrow();
        assertThat(windows.viaStdin()).isTrue();
        assertThat(windows.argv("Hold \"the\" knot")).doesNotContain("Hold \"the\" knot");
        assertThat(String.join(" ", windows.argv("x"))).contains("System.Speech", "[Console]::In.ReadToEnd()");
    }
}
