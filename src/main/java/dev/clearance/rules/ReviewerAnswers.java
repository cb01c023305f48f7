package dev.clearance.rules;

import dev.clearance.domain.checklist.ChecklistAnswer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewer's decisions in a dataset's guided walk, looked up by question id. Only confirmed and
 * overridden answers count: a suggestion is the tool's own guess from the facts the rules already read.
 */
public final class ReviewerAnswers {
    private static final ReviewerAnswers NONE = new ReviewerAnswers(Map.of());

    private final Map<String, ChecklistAnswer> decisions;

    private ReviewerAnswers(Map<String, ChecklistAnswer> decisions) {
        this.decisions = decisions;
    }

    public static ReviewerAnswers none() {
        return NONE;
    }

    /** Keeps the reviewer decisions among {@code answers}; suggestions are ignored. */
    public static ReviewerAnswers of(Collection<ChecklistAnswer> answers) {
        Map<String, ChecklistAnswer> map = new HashMap<>();
        for (ChecklistAnswer a : answers) {
            if (a.isReviewerDecision()) {
                map.put(a.questionId(), a);
            }
        }
        return map.isEmpty() ? NONE : new ReviewerAnswers(Map.copyOf(map));
    }

    /** The reviewer's decision on a question, if any. */
    public Optional<ChecklistAnswer> decision(String questionId) {
        return Optional.ofNullable(decisions.get(questionId));
    }

    public boolean saysYes(String questionId) {
        return is(questionId, "yes");
    }

    public boolean saysNo(String questionId) {
        return is(questionId, "no");
    }

    public boolean is(String questionId, String value) {
        ChecklistAnswer a = decisions.get(questionId);
        return a != null && a.answer().equalsIgnoreCase(value);
    }

    /**
     * The decision as a finding cites it: {@code reviewer answer to acceptance.written-authorization:
     * "yes" (overridden: written authorization from the provider; "Email from legal, 2025-10-02")}.
     */
    public String cite(String questionId) {
        ChecklistAnswer a = decisions.get(questionId);
        if (a == null) {
            return "no reviewer answer to " + questionId;
        }
        StringBuilder b = new StringBuilder("reviewer answer to ").append(questionId).append(": \"")
                .append(a.answer()).append("\" (").append(a.status().id());
        if (a.reason() != null) {
            b.append(": ").append(a.reason().label());
        }
        if (!a.comment().isBlank()) {
            b.append("; \"").append(a.comment().strip()).append('"');
        }
        if (!a.updatedBy().isBlank()) {
            b.append("; by ").append(a.updatedBy());
        }
        return b.append(')').toString();
    }

    public boolean isEmpty() {
        return decisions.isEmpty();
    }
}
