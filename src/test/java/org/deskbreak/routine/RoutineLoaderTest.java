package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutineLoaderTest {

    private final RoutineLoader loader = RoutineLoader.fromResources();

    private static final String GOOD = """
            id=mini
            title=routine.wall-tennis-ball.title
            length.seconds=30
            steps=setup-left,hold-left
            step.setup-left.seconds=10
            step.setup-left.illustration=setup-left
            step.hold-left.seconds=20
            step.hold-left.illustration=hold-left
            step.hold-left.hold=true
            """;

    @Test
    void builtInRoutineLastsTwoMinutes() {
        RoutineLoader.Loaded loaded = loader.load("wall-tennis-ball");
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.routine().steps()).hasSize(7);
        assertThat(loaded.routine().totalOfSteps()).isEqualTo(Duration.ofMinutes(2));
        assertThat(loaded.routine()).isEqualTo(BuiltInRoutine.create());
    }

    @Test
    void validFileIsRead() {
        RoutineLoader.Loaded loaded = loader.loadText(GOOD);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.routine().id()).isEqualTo("mini");
        assertThat(loaded.routine().steps().get(1).hold()).isTrue();
    }

    @Test
    void brokenFilesFallBackWithAReason() {
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=0"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=-5"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=99999999999999"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=ten"), "not a number");
        assertBroken(GOOD.replace("length.seconds=30", "length.seconds=31"), "add up");
        assertBroken(GOOD.replace("illustration=hold-left", "illustration=nothing"), "illustration");
        assertBroken(GOOD.replace("steps=setup-left,hold-left", "steps=setup-left,hold-left,extra"), "missing");
        assertBroken(GOOD.replace("routine.wall-tennis-ball.title", "no.such.key"), "no.such.key");
        assertBroken("\u0000\u0001junk\\u12", "");
        assertBroken("", "missing");
    }

    @Test
    void unknownIdFallsBack() {
        assertThat(loader.load("../etc/passwd").problem()).isPresent();
        assertThat(loader.load("nope").problem()).isPresent();
        assertThat(loader.load(null).routine().id()).isEqualTo("wall-tennis-ball");
    }

    private void assertBroken(String text, String reason) {
        RoutineLoader.Loaded loaded = loader.loadText(text);
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThat(loaded.routine().id()).isEqualTo("wall-tennis-ball");
    }
}
