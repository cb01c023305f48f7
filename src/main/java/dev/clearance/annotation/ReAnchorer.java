package dev.clearance.annotation;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds an annotated passage of one version of a text in the next version, in this order:
 * <ol>
 *   <li><b>position</b>: the quote is still at the same code-point offsets → {@link AnchorStatus#ANCHORED};</li>
 *   <li><b>quote with context</b>: the quote occurs elsewhere → {@link AnchorStatus#MOVED} to the occurrence
 *       whose surroundings best match the stored prefix and suffix (ties: the one nearest to where the
 *       word alignment expects the passage);</li>
 *   <li><b>fuzzy</b>: two candidates for the reworded passage, the one a word-level diff of the two versions
 *       puts where the passage was, and the window of the new text most like the quote anywhere
 *       ({@link FuzzyQuoteSearch}); if the more similar is at least {@link #MIN_SIMILARITY} alike the old quote
 *       ({@link Similarity}: Levenshtein over words, or code points for quotes under four tokens), the passage
 *       was reworded → {@link AnchorStatus#CHANGED} with the new quote;</li>
 *   <li>otherwise the passage is gone → {@link AnchorStatus#ORPHANED}, collapsed to an empty range where it
 *       would have been.</li>
 * </ol>
 * One instance serves every annotation between the same two texts; the diff is computed once, on first need.
 */
public final class ReAnchorer {
    /**
     * The least similarity (1 − Levenshtein distance / longer length, over words) for a reworded passage to
     * count as the same clause changed rather than a different text standing where the clause was: at least
     * half the words must survive in order. On the OpenAI and Mistral fixtures reworded clauses score 0.50-0.98 and
     * the nearest candidates for deleted clauses 0.27-0.38 (ADR 0006).
     */
    public static final double MIN_SIMILARITY = 0.5;

    /**
     * Where and how a passage was found in the new text. Offsets are code points; {@code similarity} is 1 for a
     * verbatim quote, the measured similarity when changed, and 0 when orphaned.
     */
    public record Result(AnchorStatus status, int start, int end, String exact, String prefix, String suffix,
                         double similarity) {
    }

    private final String oldText;
    private final String newText;
    private final int newLength;
    private TextAlignment alignment;
    private FuzzyQuoteSearch fuzzySearch;

    public ReAnchorer(String oldText, String newText) {
        this.oldText = Objects.requireNonNull(oldText, "oldText");
        this.newText = Objects.requireNonNull(newText, "newText");
        this.newLength = CodePoints.length(newText);
    }

    /** Re-anchors the annotation's current anchor (which must lie on the old text). */
    public Result reAnchor(Annotation annotation) {
        return reAnchor(annotation.start(), annotation.end(), annotation.exact(), annotation.prefix(), annotation.suffix());
    }

    public Result reAnchor(int start, int end, String exact, String prefix, String suffix) {
        if (exact.isEmpty()) {
            // Already orphaned: nothing left to look for; keep the place where it would have been.
            int at = alignment().map(start, start)[0];
            return result(AnchorStatus.ORPHANED, at, at, 0.0);
        }
        if (end <= newLength && CodePoints.slice(newText, start, end).equals(exact)) {
            return result(AnchorStatus.ANCHORED, start, end, 1.0);
        }
        List<Integer> occurrences = occurrences(exact);
        if (!occurrences.isEmpty()) {
            int best = occurrences.size() == 1 ? occurrences.get(0)
                    : bestByContext(occurrences, start, end, CodePoints.length(exact), prefix, suffix);
            return result(AnchorStatus.MOVED, best, best + CodePoints.length(exact), 1.0);
        }
        int[] mapped = alignment().map(start, end);
        FuzzyQuoteSearch.Match best = mapped[1] > mapped[0] ? new FuzzyQuoteSearch.Match(mapped[0], mapped[1],
                Similarity.of(exact, CodePoints.slice(newText, mapped[0], mapped[1]))) : null;
        FuzzyQuoteSearch.Match elsewhere = fuzzySearch().find(exact);
        if (elsewhere != null && (best == null || elsewhere.similarity() > best.similarity())) {
            best = elsewhere;
        }
        if (best != null && best.similarity() >= MIN_SIMILARITY) {
            return result(AnchorStatus.CHANGED, best.start(), best.end(), best.similarity());
        }
        return result(AnchorStatus.ORPHANED, mapped[0], mapped[0], 0.0);
    }

    private Result result(AnchorStatus status, int start, int end, double similarity) {
        return new Result(status, start, end, CodePoints.slice(newText, start, end),
                CodePoints.before(newText, start, Annotation.CONTEXT_LENGTH),
                CodePoints.after(newText, end, Annotation.CONTEXT_LENGTH), similarity);
    }

    private FuzzyQuoteSearch fuzzySearch() {
        if (fuzzySearch == null) {
            fuzzySearch = new FuzzyQuoteSearch(newText);
        }
        return fuzzySearch;
    }

    private TextAlignment alignment() {
        if (alignment == null) {
            alignment = new TextAlignment(oldText, newText);
        }
        return alignment;
    }

    /** Code-point offsets of every occurrence of {@code exact} in the new text. */
    private List<Integer> occurrences(String exact) {
        List<Integer> out = new ArrayList<>();
        int utf16 = newText.indexOf(exact);
        int lastUtf16 = 0;
        int lastCp = 0;
        while (utf16 >= 0) {
            lastCp += newText.codePointCount(lastUtf16, utf16);
            lastUtf16 = utf16;
            out.add(lastCp);
            utf16 = newText.indexOf(exact, utf16 + 1);
        }
        return out;
    }

    /** The occurrence whose surroundings best match the stored context; ties go to the expected place. */
    private int bestByContext(List<Integer> occurrences, int start, int end, int length, String prefix, String suffix) {
        Map<Integer, Integer> scores = new HashMap<>();
        occurrences.forEach(at -> scores.put(at, contextScore(at, at + length, prefix, suffix)));
        int top = Collections.max(scores.values());
        List<Integer> best = occurrences.stream().filter(at -> scores.get(at) == top).toList();
        if (best.size() == 1) {
            return best.get(0);
        }
        int expected = alignment().map(start, end)[0];
        return best.stream().min(Comparator.comparingInt(at -> Math.abs(at - expected))).orElseThrow();
    }

    /** Code points of the stored prefix and suffix that agree with the new text around the occurrence. */
    private int contextScore(int start, int end, String prefix, String suffix) {
        String before = CodePoints.before(newText, start, CodePoints.length(prefix));
        String after = CodePoints.after(newText, end, CodePoints.length(suffix));
        return commonSuffix(before, prefix) + commonPrefix(after, suffix);
    }

    private static int commonPrefix(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int n = 0;
        while (n < x.length && n < y.length && x[n] == y[n]) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int n = 0;
        while (n < x.length && n < y.length && x[x.length - 1 - n] == y[y.length - 1 - n]) {
            n++;
        }
        return n;
    }
}
