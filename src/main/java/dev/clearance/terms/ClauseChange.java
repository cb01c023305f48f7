package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One clause (paragraph) that differs between two versions, with the detector's tags before and after.
 *
 * @param kind       added, removed or changed
 * @param oldLine    1-based line in the old version; 0 when added
 * @param newLine    1-based line in the new version; 0 when removed
 * @param oldText    the clause as it was; "" when added
 * @param newText    the clause as it is; "" when removed
 * @param tagsBefore tags of the old clause
 * @param tagsAfter  tags of the new clause
 * @param words      word-level changes for a changed clause; empty otherwise
 */
public record ClauseChange(Kind kind, int oldLine, int newLine, String oldText, String newText, Set<Tag> tagsBefore,
                           Set<Tag> tagsAfter, List<WordChange> words) {

    /** What happened to the clause. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A run of words that changed inside a clause.
     *
     * @param kind     {@code INSERT}, {@code DELETE} or {@code CHANGE}
     * @param before   up to three words preceding the change in the old clause, for context; "" at the start
     * @param oldWords the words removed or replaced; "" for an insert
     * @param newWords the words added or the replacement; "" for a delete
     */
    public record WordChange(String kind, String before, String oldWords, String newWords) {
    }

    public ClauseChange {
        tagsBefore = tagsBefore.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tagsBefore));
        tagsAfter = tagsAfter.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tagsAfter));
        words = List.copyOf(words);
    }

    /** All tags involved, in vocabulary order. */
    public List<Tag> tags() {
        EnumSet<Tag> all = EnumSet.noneOf(Tag.class);
        all.addAll(tagsBefore);
        all.addAll(tagsAfter);
        return List.copyOf(all);
    }

    /** Tags the new clause has and the old did not. */
    public List<Tag> tagsAdded() {
        EnumSet<Tag> s = EnumSet.noneOf(Tag.class);
        s.addAll(tagsAfter);
        s.removeAll(tagsBefore);
        return List.copyOf(s);
    }

    /** Tags the old clause had and the new one lost. */
    public List<Tag> tagsRemoved() {
        EnumSet<Tag> s = EnumSet.noneOf(Tag.class);
        s.addAll(tagsBefore);
        s.removeAll(tagsAfter);
        return List.copyOf(s);
    }

    /** True when the clause restricts or permits output use, before or after. */
    public boolean touchesRestrictions() {
        return !tagsBefore.isEmpty() || !tagsAfter.isEmpty();
    }
}
