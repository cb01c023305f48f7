package dev.clearance.domain.review;

import dev.clearance.domain.Vocabulary;
import java.util.Optional;

/**
 * Where a review revision stands. A revision moves {@code draft → ready → signed-off}; a signed-off
 * revision never changes again, but becomes {@code stale} when terms it relied on change.
 */
public enum ReviewState {
    /** Work in progress: required questions unanswered or unknown findings not acknowledged. */
    DRAFT("draft", "draft"),
    /** Every required question answered by a reviewer and every unknown finding acknowledged. */
    READY("ready", "ready for sign-off"),
    /** Signed off by at least one reviewer: the revision's snapshot is frozen. */
    SIGNED_OFF("signed-off", "signed off"),
    /** Signed off, but a clause it relied on changed in the terms since: re-review needed. */
    STALE("stale", "stale: re-review needed");

    private final String id;
    private final String label;

    ReviewState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stored spelling, as in the {@code review.state} column. */
    public String id() {
        return id;
    }

    /** How people read it. */
    public String label() {
        return label;
    }

    /** True for the states whose snapshot is frozen. */
    public boolean isSignedOff() {
        return this == SIGNED_OFF || this == STALE;
    }

    public static Optional<ReviewState> parse(String text) {
        return Vocabulary.parse(values(), text, ReviewState::id);
    }
}
