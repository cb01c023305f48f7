package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.List;

/**
 * A dataset the project received from someone else, rather than generated itself: the provider's terms
 * bind the account holder by contract, and whether they bind later recipients is unsettled. This never
 * lowers the other findings; it adds what the project should get from its supplier.
 */
public final class DownstreamPositionRule implements Rule {
    public static final String ID = "downstream-position";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        if (!input.dataset().sourceType().isModelGenerated() || input.governing().isEmpty()
                || !input.answers().is(QuestionIds.DOWNSTREAM_POSITION, QuestionIds.RECEIVED_FROM_THIRD_PARTY)) {
            return RuleOutcome.nothing();
        }
        GoverningTerms terms = input.governing().get(0);
        return RuleOutcome.of(ID, RiskLevel.LOW, "The project received this dataset from someone else ("
                        + input.answers().cite(QuestionIds.DOWNSTREAM_POSITION) + "). Output restrictions rest on "
                        + "contract and bind the account holder who generated the data; whether they bind a later "
                        + "recipient is unsettled. The other findings assume they do.",
                List.of(ClauseCitation.wholeVersion(terms.version())),
                "Get the supplier's written statement of which model, account and terms produced the data, and a "
                        + "warranty that the terms allowed passing it on for training.")
                .oblige(ObligationKind.NOTICE, "Keep the supplier's statement of the model, account and terms that "
                        + "produced '" + input.dataset().name() + "'.");
    }
}
