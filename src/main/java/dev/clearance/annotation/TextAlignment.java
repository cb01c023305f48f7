package dev.clearance.annotation;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import dev.clearance.annotation.Tokens.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level alignment of two versions of a text, used to say where a passage of the old version went
 * in the new one. Words (runs of letters and digits) and single punctuation marks are diffed with Myers'
 * algorithm in linear space; whitespace is ignored, so re-wrapped lines do not count as changes. Offsets
 * are code points.
 */
final class TextAlignment {
    private final List<Token> oldTokens;
    private final List<Token> newTokens;
    private final int newLength;
    /** For each old token: the index of the equal new token, or -1 when it was changed or deleted. */
    private final int[] newIndexOfOld;
    /** For each old token inside a change: the change's token range in the new text {from, to}. */
    private final int[][] changedTo;

    TextAlignment(String oldText, String newText) {
        this.oldTokens = Tokens.of(oldText);
        this.newTokens = Tokens.of(newText);
        this.newLength = CodePoints.length(newText);
        this.newIndexOfOld = new int[oldTokens.size()];
        this.changedTo = new int[oldTokens.size()][];
        Arrays.fill(newIndexOfOld, -1);
        List<String> a = oldTokens.stream().map(Token::text).toList();
        List<String> b = newTokens.stream().map(Token::text).toList();
        int oldCursor = 0;
        int newCursor = 0;
        for (int[] change : changes(a, b)) {
            while (oldCursor < change[0]) {
                newIndexOfOld[oldCursor++] = newCursor++;
            }
            for (int i = change[0]; i < change[1]; i++) {
                changedTo[oldCursor++] = new int[] {change[2], change[3]};
            }
            newCursor = change[3];
        }
        while (oldCursor < oldTokens.size()) {
            newIndexOfOld[oldCursor++] = newCursor++;
        }
    }

    /**
     * The diff's changes as {oldFrom, oldTo, newFrom, newTo} token ranges. Adjacent deletions and insertions
     * (the diff may report "How" → "Who" as a deletion next to an insertion) are merged into one change, so a
     * passage whose first word changed maps to what replaced it.
     */
    private static List<int[]> changes(List<String> a, List<String> b) {
        List<int[]> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<>(), null).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            int[] change = {source.getPosition(), source.getPosition() + source.size(), target.getPosition(),
                target.getPosition() + target.size()};
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last[1] == change[0] && last[3] == change[2]) {
                last[1] = change[1];
                last[3] = change[3];
            } else {
                out.add(change);
            }
        }
        return out;
    }

    /**
     * Where the old range {@code start..end} lies in the new text: {@code {newStart, newEnd}}. Unchanged words
     * map one to one (keeping an offset inside a word); a boundary inside a changed or deleted passage maps to
     * the edge of what replaced it, so a deleted passage maps to an empty range.
     */
    int[] map(int start, int end) {
        int first = firstTokenEndingAfter(start);
        int last = lastTokenStartingBefore(end);
        if (first < 0 || last < 0 || first > last) {
            int at = first >= 0 ? startOf(first, start) : newLength;
            return new int[] {at, at};
        }
        int newStart = startOf(first, start);
        int newEnd = endOf(last, end);
        return newEnd < newStart ? new int[] {newStart, newStart} : new int[] {newStart, newEnd};
    }

    private int startOf(int oldIndex, int start) {
        Token old = oldTokens.get(oldIndex);
        int mapped = newIndexOfOld[oldIndex];
        if (mapped >= 0) {
            return newTokens.get(mapped).start() + Math.max(0, start - old.start());
        }
        int from = changedTo[oldIndex][0];
        return from < newTokens.size() ? newTokens.get(from).start() : newLength;
    }

    private int endOf(int oldIndex, int end) {
        Token old = oldTokens.get(oldIndex);
        int mapped = newIndexOfOld[oldIndex];
        if (mapped >= 0) {
            return newTokens.get(mapped).end() - Math.max(0, old.end() - end);
        }
        int[] range = changedTo[oldIndex];
        if (range[1] > range[0]) {
            return newTokens.get(range[1] - 1).end();
        }
        return range[0] < newTokens.size() ? newTokens.get(range[0]).start() : newLength;
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = oldTokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (oldTokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < oldTokens.size() ? lo : -1;
    }

    private int lastTokenStartingBefore(int offset) {
        int lo = 0;
        int hi = oldTokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (oldTokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
