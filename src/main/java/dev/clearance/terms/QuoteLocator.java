package dev.clearance.terms;

import dev.clearance.domain.terms.Clause.TextSpan;

import java.util.Optional;

/**
 * Finds a quote in a recorded text the way a reader would: word for word, with any run of white space
 * (a line break in a hard-wrapped licence, two spaces after a full stop) counting as one space. Everything
 * else, punctuation and markup included, must be as in the text. Positions are code points of the
 * original text, as annotations count them.
 */
public final class QuoteLocator {
    private final String normalized;
    /** For each char of {@link #normalized}, the code point index in the original text it comes from. */
    private final int[] origin;

    public QuoteLocator(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int cp = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    map[out.length()] = cp - 1;
                    out.append(' ');
                    pendingSpace = false;
                }
                for (int k = 0; k < width; k++) {
                    map[out.length()] = cp;
                    out.append(text.charAt(i + k));
                }
            }
            i += width;
            cp++;
        }
        this.normalized = out.toString();
        this.origin = map;
    }

    /** The same normalisation as the text's, for a quote. */
    public static String normalize(String quote) {
        return quote.strip().replaceAll("[\\s\\p{Zs}]+", " ");
    }

    /** Where the quote first stands in the text; empty when it does not occur word for word. */
    public Optional<TextSpan> find(String quote) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        int at = normalized.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(origin[at], origin[at + q.length() - 1] + 1));
    }

    /** How many times the quote occurs (0 when not at all). */
    public int occurrences(String quote) {
        String q = normalize(quote);
        int n = 0;
        for (int at = normalized.indexOf(q); at >= 0 && !q.isEmpty(); at = normalized.indexOf(q, at + 1)) {
            n++;
        }
        return n;
    }
}
