package dev.clearance.checklist;

import dev.clearance.domain.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a checklist question is answered. */
public enum AnswerType {
    /** {@code yes}, {@code no}, {@code unsure} or {@code n.a.}. */
    YES_NO,
    /** One of the question's choice ids. */
    CHOICE,
    /** Free text. */
    TEXT,
    /** A day, {@code YYYY-MM-DD}. */
    DATE;

    public static final List<String> YES_NO_VALUES = List.of("yes", "no", "unsure", "n.a.");

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AnswerType> parse(String text) {
        return Vocabulary.parse(values(), text, AnswerType::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), AnswerType::id);
    }

    /** Why {@code answer} is not a valid answer to {@code question}; empty when it is. */
    Optional<String> problemWith(ChecklistQuestion question, String answer) {
        switch (this) {
            case YES_NO -> {
                if (!YES_NO_VALUES.contains(answer)) {
                    return Optional.of("answer yes, no, unsure or n.a.");
                }
            }
            case CHOICE -> {
                if (question.choices().stream().noneMatch(c -> c.id().equals(answer))) {
                    return Optional.of("choose one of " + question.choices().stream().map(Choice::id).toList());
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(answer);
                } catch (DateTimeParseException e) {
                    return Optional.of("write the date as YYYY-MM-DD");
                }
            }
            case TEXT -> {
                if (answer.isBlank()) {
                    return Optional.of("write an answer");
                }
            }
        }
        return Optional.empty();
    }
}
