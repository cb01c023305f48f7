package dev.clearance.checklist;

/** One option of a {@link AnswerType#CHOICE} question. */
public record Choice(String id, String label) {
}
