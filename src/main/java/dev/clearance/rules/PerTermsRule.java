package dev.clearance.rules;

import java.util.List;

/**
 * A rule that judges each governing terms version on its own (a dataset generated through Anthropic's
 * API is governed by both the Commercial Terms and the Usage Policy, and each gets its own finding).
 */
abstract class PerTermsRule implements Rule {
    /** True when this rule has something to say about {@code terms}. */
    abstract boolean appliesTo(GoverningTerms terms);

    abstract RuleOutcome evaluate(RuleInput input, GoverningTerms terms);

    @Override
    public final RuleOutcome evaluate(RuleInput input) {
        List<GoverningTerms> governing = input.governing();
        RuleOutcome outcome = RuleOutcome.nothing();
        for (int i = 0; i < governing.size(); i++) {
            GoverningTerms terms = governing.get(i);
            if (appliesTo(terms)) {
                RuleOutcome one = evaluate(input, terms);
                outcome = outcome == RuleOutcome.nothing() ? one : outcome.merge(one);
            }
        }
        return outcome;
    }
}
