package dev.clearance.annotation;

import dev.clearance.annotation.Tokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the passage of a text most like a quote that no longer occurs verbatim, wherever it went (a diff
 * alone misses passages that moved and changed at once). Every run of {@value #SEED} consecutive tokens of
 * the quote that occurs in the text votes for where the quote would start; the best-voted starts become
 * candidate windows, whose end is tried at several lengths around the quote's own; the most similar
 * window wins. Bounded: at most {@value #MAX_OCCURRENCES} occurrences per seed, {@value #CANDIDATES} starts
 * and {@value #LENGTH_STEPS} lengths each.
 */
final class FuzzyQuoteSearch {
    static final int SEED = 3;
    static final int MAX_OCCURRENCES = 50;
    static final int CANDIDATES = 5;
    static final int LENGTH_STEPS = 21;

    /** A window of the text, in code points, and its similarity to the quote. */
    record Match(int start, int end, double similarity) {
    }

    private final List<Token> tokens;
    private final List<String> words;
    private final Map<String, List<Integer>> seedIndex = new HashMap<>();

    FuzzyQuoteSearch(String text) {
        this.tokens = Tokens.of(text);
        this.words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i + SEED <= words.size(); i++) {
            seedIndex.computeIfAbsent(key(words, i), k -> new ArrayList<>()).add(i);
        }
    }

    private static String key(List<String> w, int from) {
        return String.join("\u0000", w.subList(from, from + SEED));
    }

    /** The most similar window, or null when no seed of the quote occurs in the text. */
    Match find(String quote) {
        List<String> q = Tokens.folded(quote);
        if (q.size() < SEED) {
            return null;
        }
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = 0; i + SEED <= q.size(); i++) {
            List<Integer> at = seedIndex.getOrDefault(key(q, i), List.of());
            if (at.size() > MAX_OCCURRENCES) {
                continue; // a phrase found everywhere says nothing about where the quote is
            }
            for (int position : at) {
                votes.merge(position - i, 1, Integer::sum);
            }
        }
        Match best = null;
        List<Integer> starts = votes.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        for (int start : starts) {
            Match m = bestLength(Math.max(0, start), q);
            if (m != null && (best == null || m.similarity() > best.similarity())) {
                best = m;
            }
        }
        return best;
    }

    private Match bestLength(int start, List<String> q) {
        if (start >= words.size()) {
            return null;
        }
        int slack = Math.max(2, q.size() / 4);
        int step = Math.max(1, (2 * slack) / (LENGTH_STEPS - 1));
        int bestEnd = -1;
        double bestSimilarity = -1;
        for (int length = Math.max(1, q.size() - slack); length <= q.size() + slack; length += step) {
            int end = Math.min(words.size(), start + length);
            double similarity = Similarity.ofTokens(q, words.subList(start, end));
            if (similarity > bestSimilarity) {
                bestEnd = end;
                bestSimilarity = similarity;
            }
        }
        // A vote may start the window a few tokens early (a heading or bullet before the clause): drop leading
        // tokens while that does not make the window less alike.
        int from = start;
        while (from + 1 < bestEnd) {
            double trimmed = Similarity.ofTokens(q, words.subList(from + 1, bestEnd));
            if (trimmed < bestSimilarity) {
                break;
            }
            from++;
            bestSimilarity = trimmed;
        }
        return new Match(tokens.get(from).start(), tokens.get(bestEnd - 1).end(), bestSimilarity);
    }
}
