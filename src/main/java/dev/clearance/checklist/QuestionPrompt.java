package dev.clearance.checklist;

import dev.clearance.domain.assessment.ClauseCitation;
import java.util.List;

/**
 * A question as a walk presents it in its mode. Self-assessment leads with plain language (hint and
 * example) and flags when to ask a lawyer; counsel review is compact and leads with the cited clauses.
 *
 * @param question  the question
 * @param mode      the walk's mode
 * @param citations the governing clauses carrying the question's clause tags
 * @param lines     what to show, in order
 * @param askALawyer true when, in self-assessment, the current answer is "unsure"
 */
public record QuestionPrompt(ChecklistQuestion question, Walk.Mode mode, List<ClauseCitation> citations,
                             List<String> lines, boolean askALawyer) {
    public QuestionPrompt {
        citations = List.copyOf(citations);
        lines = List.copyOf(lines);
    }
}
