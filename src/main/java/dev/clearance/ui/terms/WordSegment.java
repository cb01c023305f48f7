package dev.clearance.ui.terms;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of words in one side of a changed clause, marked as kept or changed, so the diff pane can
 * highlight exactly the words that differ.
 *
 * @param text    the words, with the space that follows them
 * @param changed true when the words were deleted (old side) or inserted (new side)
 */
public record WordSegment(String text, boolean changed) {

    /** The two sides of a changed clause, split into kept and changed runs. */
    public record Sides(List<WordSegment> before, List<WordSegment> after) {
    }

    /**
     * Splits both texts into runs. The service reports which words changed but not where, so the words are
     * aligned again here on the same whitespace-separated words.
     */
    public static Sides of(String oldText, String newText) {
        List<String> a = words(oldText);
        List<String> b = words(newText);
        boolean[] deleted = new boolean[a.size()];
        boolean[] inserted = new boolean[b.size()];
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            mark(deleted, d.getSource().getPosition(), d.getSource().size());
            mark(inserted, d.getTarget().getPosition(), d.getTarget().size());
        }
        return new Sides(runs(a, deleted), runs(b, inserted));
    }

    private static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static void mark(boolean[] flags, int from, int count) {
        for (int i = from; i < from + count; i++) {
            flags[i] = true;
        }
    }

    private static List<WordSegment> runs(List<String> words, boolean[] changed) {
        List<WordSegment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                out.add(new WordSegment(run.toString(), changed[i - 1]));
                run.setLength(0);
            }
            run.append(words.get(i)).append(i + 1 < words.size() ? " " : "");
        }
        if (run.length() > 0) {
            out.add(new WordSegment(run.toString(), changed[words.size() - 1]));
        }
        return out;
    }
}
