package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.Tag;

/**
 * Licences that limit outputs, or models made with them, to research or non-commercial use (Mistral
 * Research License, Qwen and Tongyi Qianwen research licences, CC-BY-NC models): high in a commercial
 * project, low with a non-commercial obligation otherwise.
 */
public final class NonCommercialRule extends PerTermsRule {
    public static final String ID = "non-commercial";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().nonCommercial();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        String limits = terms.name() + " allows its outputs, and models made with them, only for research or "
                + "other non-commercial purposes.";
        ReviewerAnswers answers = input.answers();
        boolean researchOnly = answers.saysYes(QuestionIds.NON_COMMERCIAL_USE);
        boolean commercial = input.project().commercial() && !researchOnly;
        RuleOutcome outcome;
        if (commercial && input.trainsAModel()) {
            outcome = RuleOutcome.of(ID, RiskLevel.HIGH, limits + " The project is commercial and trains "
                    + input.projectText() + " on them.", terms.cite(Tag.NON_COMMERCIAL),
                    "Remove this dataset from the commercial model's training, or regenerate it with a model "
                            + "licensed for commercial use; a commercial licence from the provider is the other route.");
        } else if (commercial) {
            outcome = RuleOutcome.of(ID, RiskLevel.MEDIUM, limits + " The dataset is used only to evaluate a "
                    + "commercial model; testing a product before sale may itself be commercial use.",
                    terms.cite(Tag.NON_COMMERCIAL), "Ask counsel whether evaluation for a commercial product is "
                            + "within the licence, or evaluate with data under commercial terms.");
        } else {
            String why = researchOnly ? " The reviewer records research-only use: "
                    + answers.cite(QuestionIds.NON_COMMERCIAL_USE) + "." : " The project is non-commercial.";
            outcome = RuleOutcome.of(ID, RiskLevel.LOW, limits + why, terms.cite(Tag.NON_COMMERCIAL),
                    "Keep the model non-commercial; a later commercial launch needs retraining without this data.");
        }
        outcome.oblige(ObligationKind.NON_COMMERCIAL, "Use the outputs and any model trained on them for research "
                + "or non-commercial purposes only (" + terms.ref() + ").");
        if (!terms.facts().attributionTexts().isEmpty() && input.trainsAModel()) {
            outcome.oblige(ObligationKind.ATTRIBUTION, "Show \"" + String.join("\" or \"",
                    terms.facts().attributionTexts()) + "\" with the model (" + terms.ref() + ").");
        }
        return outcome;
    }
}
