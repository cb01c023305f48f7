package dev.clearance.domain.checklist;

import dev.clearance.domain.Vocabulary;
import java.util.Locale;
import java.util.Optional;

/** Who stands behind a checklist answer. */
public enum AnswerStatus {
    /** Pre-filled from the catalog facts and project settings; nobody has confirmed it yet. */
    SUGGESTED,
    /** A reviewer gave or confirmed it. */
    CONFIRMED,
    /** A reviewer replaced a suggested answer, with a reason from {@link OverrideReason} and a comment. */
    OVERRIDDEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a reviewer, not the tool, stands behind the answer. */
    public boolean isReviewerDecision() {
        return this != SUGGESTED;
    }

    public static Optional<AnswerStatus> parse(String text) {
        return Vocabulary.parse(values(), text, AnswerStatus::id);
    }
}
