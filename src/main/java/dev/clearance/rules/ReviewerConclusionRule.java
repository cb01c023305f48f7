package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's own rating of the dataset (checklist section 13) becomes a finding, cited with its reason.
 * It can raise the dataset's level but never lower it: a lower rating must rest on the answers that justify
 * it (competition, authorization, exceptions), which the other rules read.
 */
public final class ReviewerConclusionRule implements Rule {
    public static final String ID = "reviewer-conclusion";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        return input.answers().decision(QuestionIds.CONCLUSION_RISK)
                .flatMap(a -> RiskLevel.parse(a.answer()))
                .map(level -> RuleOutcome.of(ID, level, "The reviewer rated this dataset " + level.id() + " ("
                        + input.answers().cite(QuestionIds.CONCLUSION_RISK) + "). The dataset's level is the worse "
                        + "of this rating and the other findings; a lower rating does not lower it.", cite(input),
                        input.answers().decision(QuestionIds.CONCLUSION_REMEDIATION).map(r -> r.answer()).orElse("")))
                .orElseGet(RuleOutcome::nothing);
    }

    private static List<ClauseCitation> cite(RuleInput input) {
        List<ClauseCitation> out = new ArrayList<>();
        for (GoverningTerms g : input.governing()) {
            out.add(ClauseCitation.wholeVersion(g.version()));
        }
        return out;
    }
}
