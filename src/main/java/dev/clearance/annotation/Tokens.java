package dev.clearance.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into words (runs of letters and digits) and single punctuation marks, each with its code-point
 * range; whitespace separates tokens and is otherwise ignored, so re-wrapped lines compare equal.
 */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    record Token(String text, int start, int end) {
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int cursorUtf16 = 0;
        int cursorCp = 0;
        while (m.find()) {
            int start = cursorCp + text.codePointCount(cursorUtf16, m.start());
            int end = start + text.codePointCount(m.start(), m.end());
            out.add(new Token(m.group(), start, end));
            cursorUtf16 = m.end();
            cursorCp = end;
        }
        return out;
    }

    /** The tokens' texts in lower case: for comparing passages, where "Use" and "use" are the same word. */
    static List<String> folded(String text) {
        return of(text).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }
}
