package dev.clearance.domain.checklist;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer in a guided walk (a row of {@code checklist_answer}, without the project and walk key).
 *
 * @param questionId the checklist question, e.g. {@code competition.competes}
 * @param answer     the answer: {@code yes}/{@code no}/{@code unsure}/{@code n.a.}, a choice id, text or a date
 * @param status     suggested, confirmed or overridden
 * @param reason     why a suggested answer was changed; null unless {@code status} is overridden
 * @param comment    the reviewer's comment; "" if none
 * @param updatedBy  who last changed it; "" for the tool's suggestions
 * @param updatedAt  when it was last changed
 */
public record ChecklistAnswer(String questionId, String answer, AnswerStatus status, OverrideReason reason,
                              String comment, String updatedBy, Instant updatedAt) {
    public ChecklistAnswer {
        Objects.requireNonNull(questionId, "questionId");
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(status, "status");
        comment = comment == null ? "" : comment;
        updatedBy = updatedBy == null ? "" : updatedBy;
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == AnswerStatus.OVERRIDDEN && (reason == null || comment.isBlank())) {
            throw new IllegalArgumentException("Changing the suggested answer to '" + questionId
                    + "' needs a reason from the list and a comment");
        }
    }

    public boolean isReviewerDecision() {
        return status.isReviewerDecision();
    }

    public ChecklistAnswer withComment(String newComment, String by, Instant at) {
        return new ChecklistAnswer(questionId, answer, status, reason, newComment, by, at);
    }
}
