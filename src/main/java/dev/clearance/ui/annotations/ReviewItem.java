package dev.clearance.ui.annotations;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;

/**
 * An annotation whose clause moved, changed or disappeared in a newer version, shown with the text the
 * reviewer annotated and the text it stands on now ("the clause you annotated changed").
 */
public record ReviewItem(Annotation annotation) {
    public AnchorStatus status() {
        return annotation.status();
    }

    /** The passage as the reviewer annotated it, and where. */
    public String oldText() {
        return annotation.previousAnchor().map(PreviousAnchor::exact).orElse(annotation.exact());
    }

    public String oldVersion() {
        return annotation.previousAnchor().map(p -> p.target().toString()).orElse(annotation.target().toString());
    }

    /** The passage it stands on now; "" for an orphan, whose passage is gone. */
    public String newText() {
        return annotation.exact();
    }

    public String newVersion() {
        return annotation.target().toString();
    }

    /** Moved and changed annotations can be confirmed on their new text; an orphan can only be deleted. */
    public boolean canConfirm() {
        return annotation.status() == AnchorStatus.MOVED || annotation.status() == AnchorStatus.CHANGED;
    }

    /** "The clause you annotated changed", in words a reviewer reads once. */
    public String headline() {
        return switch (annotation.status()) {
            case MOVED -> "The passage you annotated moved to another place in " + newVersion();
            case CHANGED -> "The clause you annotated changed in " + newVersion();
            case ORPHANED -> "The clause you annotated is gone from " + newVersion();
            case ANCHORED -> "Anchored on " + newVersion();
        };
    }
}
