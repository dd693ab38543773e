package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutineLoaderTest {

    private final RoutineLoader loader = RoutineLoader.fromResources();

    private static final String GOOD = """
            id=chair-tennis-ball
            title=chair-tennis-ball.title
            length.seconds=30
            steps=setup-left,hold-left
            step.setup-left.seconds=10
            step.setup-left.illustration=chair-setup-left
            step.hold-left.seconds=20
            step.hold-left.illustration=chair-hold-left
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
        assertThat(loaded.routine().id()).isEqualTo("chair-tennis-ball");
        assertThat(loaded.routine().steps().get(1).textKey()).isEqualTo("chair-tennis-ball.step.hold-left.text");
        assertThat(loaded.routine().steps().get(1).hold()).isTrue();
    }

    @Test
    void brokenFilesFallBackWithAReason() {
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=0"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=-5"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=99999999999999"), "between 1");
        assertBroken(GOOD.replace("step.setup-left.seconds=10", "step.setup-left.seconds=ten"), "not a number");
        assertBroken(GOOD.replace("length.seconds=30", "length.seconds=31"), "add up");
        assertBroken(GOOD.replace("illustration=chair-hold-left", "illustration=nothing"), "illustration");
        assertBroken(GOOD.replace("steps=setup-left,hold-left", "steps=setup-left,hold-left,extra"), "missing");
        assertBroken(GOOD.replace("title=chair-tennis-ball.title", "title=no.such.key"), "no.such.key");
        assertBroken("\u0000\u0001junk\\u12", "");
        assertBroken("", "missing");
    }

    // Three routines, found through the index
    @Test
    void theIndexOffersWallChairAndFloorWallFirst() {
        assertThat(RoutineLoader.index()).containsExactly("wall-tennis-ball", "chair-tennis-ball", "floor-tennis-ball");
        assertThat(RoutineLoader.index().get(0)).isEqualTo(org.deskbreak.core.Defaults.ROUTINE_ID);
    }

    @Test
    void everyIndexedRoutineLoadsAndLastsExactlyTwoMinutesWithItsOwnPictures() {
        java.util.Set<String> pictures = new java.util.HashSet<>();
        for (String id : RoutineLoader.index()) {
            RoutineLoader.Loaded loaded = loader.load(id);
            assertThat(loaded.problem()).as(id).isEmpty();
            assertThat(loaded.routine().id()).isEqualTo(id);
            assertThat(loaded.routine().length()).as(id).isEqualTo(Duration.ofSeconds(120));
            assertThat(loaded.routine().totalOfSteps()).as(id).isEqualTo(Duration.ofSeconds(120));
            assertThat(loaded.routine().steps()).as(id).anyMatch(RoutineStep::hold);
            for (RoutineStep step : loaded.routine().steps()) {
                assertThat(step.titleKey()).startsWith(id + ".step.");
                assertThat(pictures.add(step.illustration())).as("%s uses its own picture for %s", id, step.id()).isTrue();
            }
        }
    }

    @Test
    void twoRoutinesEachHaveTheirOwnHoldStepText() {
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.deskbreak.routine.routine");
        RoutineStep wall = loader.load("wall-tennis-ball").routine().steps().get(2);
        RoutineStep chair = loader.load("chair-tennis-ball").routine().steps().get(2);

        assertThat(wall.id()).isEqualTo(chair.id()).isEqualTo("hold-left");
        assertThat(texts.getString(wall.textKey())).isNotEqualTo(texts.getString(chair.textKey()));
        assertThat(texts.getString(chair.textKey())).contains("backrest");
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
