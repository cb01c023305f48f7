package dev.clearance.ui.terms;

import dev.clearance.domain.terms.Tag;
import dev.clearance.terms.ClauseChange;
import dev.clearance.terms.DiffResult;
import java.util.List;
import java.util.stream.Collectors;

/** A diff between two versions with the sentences the diff pane shows above the changes. */
public record DiffSummary(DiffResult result) {

    public List<ClauseChange> changes() {
        return result.diff().changes();
    }

    /** "12 changes, 3 touching output use". */
    public String headline() {
        int n = changes().size();
        if (n == 0) {
            // Two catalogued versions are compared through our paraphrases, which says nothing about the texts.
            return isFullText() ? "No changes: the two texts say the same (spacing and emphasis ignored)"
                    : "No change in the catalogued clauses; the providers' texts may still differ";
        }
        int restricting = result.diff().restrictionChanges().size();
        return n + (n == 1 ? " change, " : " changes, ") + restricting + " touching output use";
    }

    /** True when two stored full texts were compared, rather than the catalog's paraphrased clauses. */
    public boolean isFullText() {
        return result.basis().equals("full-text");
    }

    /** What was compared: two full texts, or the catalog's paraphrased clauses. */
    public String basis() {
        String what = isFullText() ? "the full texts you added"
                : "the catalog's clauses in our words (add both texts from files to compare them word by word)";
        return result.from() + " → " + result.to() + ", comparing " + what + "; "
                + result.diff().unchanged() + " clauses unchanged";
    }

    /** "Introduced: competing-model-ban · Dropped: none"; "" when no tag came or went. */
    public String tagMovement() {
        List<Tag> in = result.diff().tagsIntroduced();
        List<Tag> out = result.diff().tagsDropped();
        if (in.isEmpty() && out.isEmpty()) {
            return "";
        }
        return "Tags introduced: " + ids(in) + " · tags dropped: " + ids(out);
    }

    private static String ids(List<Tag> tags) {
        return tags.isEmpty() ? "none" : tags.stream().map(Tag::id).collect(Collectors.joining(", "));
    }
}
