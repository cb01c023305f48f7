package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.List;

/**
 * The reviewer records a separately negotiated agreement with the provider: the other findings read the
 * online terms, which that agreement may replace or amend.
 */
public final class NegotiatedAgreementRule implements Rule {
    public static final String ID = "negotiated-agreement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        if (input.governing().isEmpty() || !input.answers().saysYes(QuestionIds.NEGOTIATED_AGREEMENT)) {
            return RuleOutcome.nothing();
        }
        GoverningTerms terms = input.governing().get(0);
        return RuleOutcome.of(ID, RiskLevel.LOW, "A separately negotiated agreement replaces or amends "
                        + terms.name() + " (" + input.answers().cite(QuestionIds.NEGOTIATED_AGREEMENT) + "). The other "
                        + "findings read the online terms and may not reflect what was agreed.",
                List.of(ClauseCitation.wholeVersion(terms.version())),
                "Add the agreement as a terms document (clearance terms add) and map this model to it, so the "
                        + "findings rest on what was actually agreed.");
    }
}
