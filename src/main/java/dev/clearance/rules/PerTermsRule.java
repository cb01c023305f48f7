package dev.clearance.rules;

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
        RuleOutcome outcome = RuleOutcome.none();
        for (GoverningTerms terms : input.governing()) {
            if (appliesTo(terms)) {
                outcome.merge(evaluate(input, terms));
            }
        }
        return outcome;
    }
}
