package dev.clearance.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quoted passage in a version's text the way another annotation tool's selectors describe it: at the
 * given position if the quote is there; else the occurrence of the quote whose surroundings best match its prefix
 * and suffix (ties: nearest the given position, then the first); else the same with spacing, typographic quotes
 * and Markdown emphasis marks ({@code * _ `}) disregarded, since tools quote the rendered page while the recorded
 * text is its Markdown. Offsets are code points. Never fuzzy: a passage whose words differ is not found.
 */
final class QuoteAnchor {
    /** Where the passage is and how it was found. */
    record Found(int start, int end, How how, int occurrences) {
    }

    enum How {
        /** At the position the tool gave. */
        POSITION,
        /** The quote, verbatim, elsewhere than the given position (or with no position). */
        QUOTE,
        /** The quote with spacing and markup disregarded. */
        NORMALIZED
    }

    private QuoteAnchor() {
    }

    /**
     * @param start the tool's start position, or -1 when none (or unusable)
     * @return null when the quote is not in the text
     */
    static Found find(String text, String exact, String prefix, String suffix, int start) {
        int length = CodePoints.length(exact);
        if (start >= 0 && start + length <= CodePoints.length(text)
                && CodePoints.slice(text, start, start + length).equals(exact)) {
            return new Found(start, start + length, How.POSITION, 1);
        }
        List<int[]> verbatim = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int cp = CodePoints.toCodePointOffset(text, at);
            verbatim.add(new int[] {cp, cp + length});
        }
        if (!verbatim.isEmpty()) {
            int[] best = best(text, verbatim, prefix, suffix, start);
            return new Found(best[0], best[1], How.QUOTE, verbatim.size());
        }
        Normalized t = Normalized.of(text);
        String q = Normalized.of(exact).text.strip();
        if (q.isEmpty()) {
            return null;
        }
        List<int[]> loose = new ArrayList<>();
        for (int at = t.text.indexOf(q); at >= 0; at = t.text.indexOf(q, at + 1)) {
            loose.add(new int[] {t.origin[at], t.origin[at + q.length() - 1] + 1});
        }
        if (loose.isEmpty()) {
            return null;
        }
        int[] best = best(text, loose, prefix, suffix, start);
        return new Found(best[0], best[1], How.NORMALIZED, loose.size());
    }

    private static int[] best(String text, List<int[]> candidates, String prefix, String suffix, int near) {
        int[] best = null;
        int bestScore = -1;
        for (int[] c : candidates) {
            int score = commonSuffix(Normalized.of(CodePoints.before(text, c[0], 64)).text,
                    Normalized.of(prefix).text) + commonPrefix(Normalized.of(CodePoints.after(text, c[1], 64)).text,
                    Normalized.of(suffix).text);
            if (score > bestScore || score == bestScore && near >= 0 && Math.abs(c[0] - near) < Math.abs(best[0] - near)) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /** A text with spacing collapsed, typographic quotes made plain and emphasis marks dropped; maps back to code points. */
    private static final class Normalized {
        final String text;
        /** The code-point offset in the original text of each char of {@link #text}. */
        final int[] origin;

        private Normalized(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Normalized of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length() + 1];
            int cp = 0;
            boolean space = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!space) {
                        origin[out.length()] = cp;
                        out.append(' ');
                        space = true;
                    }
                } else if (c == '*' || c == '_' || c == '`') {
                    // emphasis marks: dropped, and they do not break a run of spaces
                } else {
                    int plain = switch (c) {
                        case '\u2018', '\u2019', '\u02BC' -> '\'';
                        case '\u201C', '\u201D' -> '"';
                        default -> c;
                    };
                    char[] chars = Character.toChars(plain);
                    for (char ch : chars) {
                        origin[out.length()] = cp;
                        out.append(ch);
                    }
                    space = false;
                }
                cp++;
            }
            return new Normalized(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
        }
    }
}
