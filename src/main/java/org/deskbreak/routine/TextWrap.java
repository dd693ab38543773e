package org.deskbreak.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks a step's text into lines that fit a width. Done by hand because a wrapping HTML label
 * reports the wrong height until after it is laid out, which made the countdown below jump.
 */
final class TextWrap {

    private TextWrap() {
    }

    /** Greedy word wrap; a single word wider than the line gets a line of its own. */
    static List<String> lines(String text, int width, ToIntFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure.applyAsInt(candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
