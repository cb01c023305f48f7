package dev.clearance.annotation;

import java.util.List;

/**
 * How alike two passages are, from 0 (nothing in common) to 1 (identical): one minus the Levenshtein
 * distance divided by the longer length. Passages of {@value #MIN_TOKENS_FOR_WORDS} tokens or more are compared
 * token by token (words and punctuation marks, ignoring case), so that one changed word is one edit and shared
 * letters of unrelated words earn nothing; shorter ones code point by code point ("How we are" → "Who we are"
 * is 0.7).
 */
final class Similarity {
    static final int MIN_TOKENS_FOR_WORDS = 4;

    private Similarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        List<String> x = Tokens.folded(a);
        if (x.size() >= MIN_TOKENS_FOR_WORDS) {
            return ofTokens(x, Tokens.folded(b));
        }
        return ratio(levenshtein(a.codePoints().toArray(), b.codePoints().toArray()), a.codePointCount(0, a.length()),
                b.codePointCount(0, b.length()));
    }

    static double ofTokens(List<String> a, List<String> b) {
        return ratio(levenshtein(a, b), a.size(), b.size());
    }

    private static double ratio(int distance, int lengthA, int lengthB) {
        int longer = Math.max(lengthA, lengthB);
        return longer == 0 ? 1.0 : 1.0 - (double) distance / longer;
    }

    static int levenshtein(int[] a, int[] b) {
        return levenshtein(a.length, b.length, (i, j) -> a[i] == b[j]);
    }

    static int levenshtein(List<String> a, List<String> b) {
        return levenshtein(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    private interface Same {
        boolean at(int i, int j);
    }

    private static int levenshtein(int n, int m, Same same) {
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int substitution = previous[j - 1] + (same.at(i - 1, j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
