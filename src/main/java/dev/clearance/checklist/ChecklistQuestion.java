package dev.clearance.checklist;

import dev.clearance.domain.terms.Tag;
import java.util.List;
import java.util.Objects;

/**
 * One question of the checklist.
 *
 * @param id         stable id, {@code section.name}; answers and rules refer to it
 * @param text       the question
 * @param hint       plain-language help for self-assessment
 * @param example    an example answer
 * @param answerType how it is answered
 * @param choices    the options of a choice question; empty otherwise
 * @param evidence   what evidence the reviewer should keep
 * @param required   whether the section is complete without it
 * @param appliesWhen when it is asked
 * @param clauseTags the clause tags whose clauses counsel review shows with it
 */
public record ChecklistQuestion(String id, String text, String hint, String example, AnswerType answerType,
                                List<Choice> choices, String evidence, boolean required, AppliesWhen appliesWhen,
                                List<Tag> clauseTags) {
    public ChecklistQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        hint = hint == null ? "" : hint;
        example = example == null ? "" : example;
        Objects.requireNonNull(answerType, "answerType");
        choices = choices == null ? List.of() : List.copyOf(choices);
        evidence = evidence == null ? "" : evidence;
        appliesWhen = appliesWhen == null ? AppliesWhen.ALWAYS : appliesWhen;
        clauseTags = clauseTags == null ? List.of() : List.copyOf(clauseTags);
    }
}
