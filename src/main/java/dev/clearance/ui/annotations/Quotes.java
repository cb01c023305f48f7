package dev.clearance.ui.annotations;

import java.util.Arrays;
import java.util.List;

/** How what the reviewer selected or typed becomes what is saved: whole-word quotes and a list of links. */
final class Quotes {
    private Quotes() {
    }

    /** The range widened to whole words and stripped of white space at its ends, as {from, to}. */
    static int[] wholeWords(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new int[] {from, to};
        }
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) && Character.isLetterOrDigit(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to - 1)) && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Links typed by the reviewer, separated by spaces, commas or new lines; repeats dropped. */
    static List<String> parseLinks(String linksText) {
        if (linksText == null || linksText.isBlank()) {
            return List.of();
        }
        return Arrays.stream(linksText.strip().split("[\\s,]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
