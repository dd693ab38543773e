package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.AWTError;
import java.awt.HeadlessException;
import org.junit.jupiter.api.Test;

class DesktopAppOptionsTest {

    @Test
    void theTimeScaleComesFromThePropertyAndBadValuesMeanRealTime() {
        assertThat(DesktopApp.Options.timeScaleFrom("0.05")).isEqualTo(0.05);
        assertThat(DesktopApp.Options.timeScaleFrom(null)).isEqualTo(1.0);
        assertThat(DesktopApp.Options.timeScaleFrom("fast")).isEqualTo(1.0);
        assertThat(DesktopApp.Options.timeScaleFrom("-2")).isEqualTo(1.0);
        assertThat(DesktopApp.Options.timeScaleFrom("Infinity")).isEqualTo(1.0);
    }

    @Test
    void aTimeScaleOfZeroIsRefused() {
        assertThatThrownBy(() -> new DesktopApp.Options(false, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noDisplayIsRecognisedEvenWhenWrapped() {
        assertThat(DesktopApp.isNoDisplay(new RuntimeException(new AWTError("Can't connect to X11 window server")))).isTrue();
        assertThat(DesktopApp.isNoDisplay(new HeadlessException())).isTrue();
        assertThat(DesktopApp.isNoDisplay(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void anInternalErrorAboutTheX11ServerIsNoDisplayToo() {
        assertThat(DesktopApp.isNoDisplay(new InternalError("Can't connect to X11 window server using ':9999'"))).isTrue();
        assertThat(DesktopApp.isNoDisplay(new InternalError("something else broke"))).isFalse();
    }

    @Test
    void theStartOptionsAreGivenBackForTheLoginEntry() {
        assertThat(DesktopApp.Options.of(true).arguments()).containsExactly("--no-tray");
        assertThat(DesktopApp.Options.of(false).arguments()).isEmpty();
    }
}
