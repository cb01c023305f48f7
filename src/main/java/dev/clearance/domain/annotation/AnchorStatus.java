package dev.clearance.domain.annotation;

import dev.clearance.domain.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an annotation's quote relates to the text the reviewer annotated, after the document got new
 * versions. Ordered from harmless to alarming; re-anchoring never makes a status less alarming, only the
 * reviewer does (by confirming the annotation).
 */
public enum AnchorStatus {
    /** The quoted text is where the reviewer marked it. */
    ANCHORED,
    /** The same quoted text is found elsewhere in the new version. */
    MOVED,
    /** The clause is still there but its words changed: the reviewer must read it again. */
    CHANGED,
    /** The quoted text is gone from the new version. */
    ORPHANED;

    /** The contract spelling: kebab case ({@code "orphaned"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the reviewer must look at the annotation again ("the clause you annotated changed"). */
    public boolean needsReview() {
        return this == CHANGED || this == ORPHANED;
    }

    /** The more alarming of the two. */
    public AnchorStatus worst(AnchorStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static Optional<AnchorStatus> parse(String text) {
        return Vocabulary.parse(values(), text, AnchorStatus::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), AnchorStatus::id);
    }
}
