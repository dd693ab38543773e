package org.deskbreak.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    // Ten pixels a character keeps the arithmetic visible.
    private final ToIntFunction<String> tenPerChar = s -> 10 * s.length();

    @Test
    void wordsFillEachLineUpToTheWidth() {
        assertThat(TextWrap.lines("Lean into the ball and roll it slowly", 130, tenPerChar))
                .containsExactly("Lean into the", "ball and roll", "it slowly");
    }

    @Test
    void aLineExactlyAsWideAsTheRoomFits() {
        assertThat(TextWrap.lines("abcde fghij", 110, tenPerChar)).containsExactly("abcde fghij");
        assertThat(TextWrap.lines("abcde fghij", 109, tenPerChar)).containsExactly("abcde", "fghij");
    }

    @Test
    void anOverlongWordGetsItsOwnLineRatherThanBeingLost() {
        assertThat(TextWrap.lines("a shoulderblade b", 50, tenPerChar)).containsExactly("a", "shoulderblade", "b");
    }

    @Test
    void extraSpacesAndEmptyTextAreHarmless() {
        assertThat(TextWrap.lines("  Stop   at once \n if sharp ", 1000, tenPerChar))
                .containsExactly("Stop at once if sharp");
        assertThat(TextWrap.lines("   ", 100, tenPerChar)).isEmpty();
    }
}
