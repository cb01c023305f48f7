package dev.clearance.terms;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Clause-level and word-level differences between two versions of a terms text (java-diff-utils), with
 * the restriction detector's tags on what was added, removed or changed. A clause is a non-blank line
 * (a paragraph or list item); differences in spacing and Markdown emphasis are ignored.
 */
public final class TermsDiff {
    /** Two clauses in a changed block are paired as "changed" when this share of their words is common. */
    static final double PAIRING_SIMILARITY = 0.5;

    private final RestrictionDetector detector;

    public TermsDiff(RestrictionDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** A clause to compare: its line (or ordinal), display text, comparison key and tags. */
    private record Unit(int line, String text, String key, Set<Tag> tags) {
    }

    /** Differences between two full texts. */
    public VersionDiff diff(String oldText, String newText) {
        return diffUnits(units(oldText), units(newText));
    }

    /**
     * Differences between two catalogued versions that have no stored full text: their clause lists
     * (section, heading and paraphrase), using the catalog's own tags. Line numbers are clause ordinals.
     */
    public VersionDiff diffClauses(List<Clause> oldClauses, List<Clause> newClauses) {
        return diffUnits(clauseUnits(oldClauses), clauseUnits(newClauses));
    }

    private List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String key = key(lines[i]);
            if (!key.isEmpty() && !key.matches("[-=_*#\\s]+")) {
                units.add(new Unit(i + 1, lines[i].strip(), key, detector.tagsOf(lines[i])));
            }
        }
        return units;
    }

    private static List<Unit> clauseUnits(List<Clause> clauses) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String text = (c.section().isEmpty() ? "" : "§" + c.section() + " ") + c.heading() + ": " + c.paraphrase();
            units.add(new Unit(i + 1, text, key(text), c.tags().isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(c.tags())));
        }
        return units;
    }

    /** Comparison key: Markdown emphasis and escapes removed, quotes unified, spacing collapsed. */
    static String key(String line) {
        return RestrictionDetector.normalise(line).replaceAll("\\s+", " ").strip();
    }

    private VersionDiff diffUnits(List<Unit> oldUnits, List<Unit> newUnits) {
        Patch<Unit> patch = DiffUtils.diff(oldUnits, newUnits, (a, b) -> a.key().equals(b.key()));
        List<ClauseChange> changes = new ArrayList<>();
        int changedUnits = 0;
        for (AbstractDelta<Unit> delta : patch.getDeltas()) {
            List<Unit> src = delta.getSource().getLines();
            List<Unit> tgt = delta.getTarget().getLines();
            changedUnits += src.size();
            if (delta.getType() == DeltaType.INSERT) {
                tgt.forEach(u -> changes.add(added(u)));
            } else if (delta.getType() == DeltaType.DELETE) {
                src.forEach(u -> changes.add(removed(u)));
            } else {
                pair(src, tgt, changes);
            }
        }
        return new VersionDiff(changes, allTags(oldUnits), allTags(newUnits), oldUnits.size() - changedUnits);
    }

    /** Pairs the clauses of a changed block by word overlap; what does not pair is added or removed. */
    private static void pair(List<Unit> src, List<Unit> tgt, List<ClauseChange> out) {
        boolean[] used = new boolean[src.size()];
        List<ClauseChange> block = new ArrayList<>();
        for (Unit t : tgt) {
            int best = -1;
            double bestSim = PAIRING_SIMILARITY;
            for (int i = 0; i < src.size(); i++) {
                double sim = used[i] ? -1 : similarity(src.get(i).key(), t.key());
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
                Unit s = src.get(best);
                block.add(new ClauseChange(ClauseChange.Kind.CHANGED, s.line(), t.line(), s.text(), t.text(), s.tags(),
                        t.tags(), words(s.key(), t.key())));
            } else {
                block.add(added(t));
            }
        }
        for (int i = 0; i < src.size(); i++) {
            if (!used[i]) {
                block.add(removed(src.get(i)));
            }
        }
        // Removed clauses first, then the block's new content in new-document order.
        block.sort((a, b) -> a.kind() == ClauseChange.Kind.REMOVED && b.kind() != ClauseChange.Kind.REMOVED ? -1
                : b.kind() == ClauseChange.Kind.REMOVED && a.kind() != ClauseChange.Kind.REMOVED ? 1
                : Integer.compare(a.kind() == ClauseChange.Kind.REMOVED ? a.oldLine() : a.newLine(),
                        b.kind() == ClauseChange.Kind.REMOVED ? b.oldLine() : b.newLine()));
        out.addAll(block);
    }

    private static ClauseChange added(Unit u) {
        return new ClauseChange(ClauseChange.Kind.ADDED, 0, u.line(), "", u.text(), Set.of(), u.tags(), List.of());
    }

    private static ClauseChange removed(Unit u) {
        return new ClauseChange(ClauseChange.Kind.REMOVED, u.line(), 0, u.text(), "", u.tags(), Set.of(), List.of());
    }

    /** Share of distinct words the two clauses have in common (Jaccard index on lower-cased words). */
    static double similarity(String a, String b) {
        Set<String> wa = wordSet(a);
        Set<String> wb = wordSet(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1.0;
        }
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size();
    }

    private static Set<String> wordSet(String s) {
        Set<String> set = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("\\W+")));
        set.remove("");
        return set;
    }

    /** Word-level changes between two versions of one clause. */
    static List<ClauseChange.WordChange> words(String oldKey, String newKey) {
        List<String> a = Arrays.asList(oldKey.split(" "));
        List<String> b = Arrays.asList(newKey.split(" "));
        List<ClauseChange.WordChange> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int at = d.getSource().getPosition();
            String before = String.join(" ", a.subList(Math.max(0, at - 3), at));
            out.add(new ClauseChange.WordChange(d.getType().name(), before, String.join(" ", d.getSource().getLines()),
                    String.join(" ", d.getTarget().getLines())));
        }
        return out;
    }

    private static Set<Tag> allTags(List<Unit> units) {
        EnumSet<Tag> s = EnumSet.noneOf(Tag.class);
        units.forEach(u -> s.addAll(u.tags()));
        return s;
    }
}
