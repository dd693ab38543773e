package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsTest {

    @ParameterizedTest
    @CsvSource({
        "Windows 11, WINDOWS", "Windows 10, WINDOWS", "Windows Server 2022, WINDOWS",
        "Mac OS X, MAC", "Darwin, MAC",
        "Linux, LINUX",
        "FreeBSD, OTHER", "'', OTHER",
    })
    void theSystemIsToldFromItsName(String osName, Os expected) {
        assertThat(Os.of(osName)).isEqualTo(expected);
    }
}
