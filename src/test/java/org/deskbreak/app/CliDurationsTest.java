package org.deskbreak.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliDurationsTest {

    @ParameterizedTest
    @CsvSource({
        "90s, PT1M30S",
        "10m, PT10M",
        "1h, PT1H",
        "1h30m, PT1H30M",
        "2h5m7s, PT2H5M7S",
        "1H30M, PT1H30M",
        "' 45m ', PT45M",
        "0h10m, PT10M",
        "168h, PT168H"
    })
    void readsWhatPeopleType(String text, String expected) {
        assertThat(CliDurations.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "10", "m", "-5", "-5m", "+5m", "5 m", "1.5h", "10x", "30m1h", "1h1h", "1m30", "banana",
        "\u0661\u0660m", "10m;", "1e3s"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> CliDurations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "0s", "0h0m0s", "000m"})
    void refusesZero(String text) {
        assertThatThrownBy(() -> CliDurations.parse(text)).hasMessageContaining("is zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169h", "999999h", "999999999s", "99999999999999999999m"})
    void refusesWhatIsTooLongOrWouldOverflow(String text) {
        assertThatThrownBy(() -> CliDurations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"PT1M30S, 1m30s", "PT10M, 10m", "PT1H, 1h", "PT1H30M, 1h30m", "PT45S, 45s", "PT2H0M7S, 2h7s"})
    void writesTheShortestFormItReadsBack(String iso, String text) {
        Duration d = Duration.parse(iso);
        assertThat(CliDurations.format(d)).isEqualTo(text);
        assertThat(CliDurations.parse(CliDurations.format(d))).isEqualTo(d);
    }
}
