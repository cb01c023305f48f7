package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;

/**
 * Terms that allow training other models on outputs, expressly (DeepSeek platform terms, DeepSeek-R1's
 * MIT licence) or by saying nothing about it (Apache-2.0 and MIT weights, NVIDIA Open Model License): clear.
 */
public final class PermittedUseRule extends PerTermsRule {
    public static final String ID = "output-use-permitted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.PERMITTED;
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        boolean express = terms.version().clauses().stream().anyMatch(c -> c.has(Tag.OUTPUT_USE_PERMITTED));
        String licenceCopy = terms.facts().licenceCopyRequired()
                ? " Its notice and licence-copy duties concern redistributing the original weights, not a model "
                        + "trained on their outputs."
                : "";
        return RuleOutcome.of(ID, RiskLevel.CLEAR, terms.name() + (express
                        ? " allows using its outputs, including to train other models."
                        : " sets no restriction on using its outputs to train other models.") + licenceCopy,
                terms.cite(Tag.OUTPUT_USE_PERMITTED), "");
    }
}
