package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The differences between two versions of a terms document, clause by clause.
 *
 * @param changes       changed, added and removed clauses in document order (of the new version)
 * @param tagsBefore    every tag found in the old version
 * @param tagsAfter     every tag found in the new version
 * @param unchanged     number of clauses that stayed the same (formatting and spacing ignored)
 */
public record VersionDiff(List<ClauseChange> changes, Set<Tag> tagsBefore, Set<Tag> tagsAfter, int unchanged) {
    public VersionDiff {
        changes = List.copyOf(changes);
        tagsBefore = Set.copyOf(tagsBefore);
        tagsAfter = Set.copyOf(tagsAfter);
    }

    /** Only the changes that touch output-use clauses. */
    public List<ClauseChange> restrictionChanges() {
        return changes.stream().filter(ClauseChange::touchesRestrictions).toList();
    }

    /** Tags present in the new version but in no clause of the old one (e.g. a new competing-model ban). */
    public List<Tag> tagsIntroduced() {
        EnumSet<Tag> s = EnumSet.noneOf(Tag.class);
        s.addAll(tagsAfter);
        s.removeAll(tagsBefore);
        return List.copyOf(s);
    }

    /** Tags present in the old version and gone from the new one. */
    public List<Tag> tagsDropped() {
        EnumSet<Tag> s = EnumSet.noneOf(Tag.class);
        s.addAll(tagsBefore);
        s.removeAll(tagsAfter);
        return List.copyOf(s);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
