package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class X11EventLoopTest {

    @Test
    void linuxWithoutTheVariableGetsTheLongCap() {
        assertThat(X11EventLoop.skipReason("Linux", Map.of("DISPLAY", ":7"))).isEmpty();
    }

    @Test
    void aValueTheUserSetIsKept() {
        assertThat(X11EventLoop.skipReason("Linux", Map.of(X11EventLoop.VARIABLE, "333")))
                .hasValueSatisfying(r -> assertThat(r).contains("=333 kept"));
    }

    @Test
    void windowsAndMacHaveNoX11Toolkit() {
        assertThat(X11EventLoop.skipReason("Windows 11", Map.of())).isPresent();
        assertThat(X11EventLoop.skipReason("Mac OS X", Map.of())).isPresent();
    }
}
