package dev.clearance.rules;

import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.checklist.QuestionIds;

/**
 * A general-purpose model placed on the EU market must publish a summary of its training content (EU AI Act
 * Art. 53(1)(d), AI Office template), whose data-source section covers synthetic data: every model-generated
 * dataset used for training must appear in it.
 */
public final class TrainingContentSummaryRule implements Rule {
    public static final String ID = "training-content-summary";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        if (!input.answers().saysYes(QuestionIds.EU_GENERAL_PURPOSE_MODEL) || !input.trainsAModel()) {
            return RuleOutcome.nothing();
        }
        String source = input.dataset().sourceType().isModelGenerated()
                ? "as synthetic data generated with " + (input.dataset().generatorModel().isBlank()
                        ? "another model" : input.dataset().generatorModel())
                : "under its source type (" + input.dataset().sourceType().id() + ")";
        return RuleOutcome.none().oblige(ObligationKind.NOTICE, "List '" + input.dataset().name() + "' " + source
                + " in the public training-content summary (EU AI Act Art. 53(1)(d); "
                + input.answers().cite(QuestionIds.EU_GENERAL_PURPOSE_MODEL) + ").");
    }
}
