package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule on one dataset and folds what they find into a {@link DatasetAssessment}: the level is
 * the worst finding's, findings are ordered worst first, and obligations are listed once.
 */
public final class RuleEngine {
    public static final String NO_RULE_ID = "no-rule-applied";

    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::level,
            (a, b) -> a == b ? 0 : a.isAtLeast(b) ? -1 : 1);

    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule this product ships, in the order their findings are listed within a level:
     * substantive rules first, notes about missing or unverified facts last. */
    public static RuleEngine standard() {
        return new RuleEngine(List.of(
                new AnyModelBanRule(),
                new AuthorizationRequiredRule(),
                new CompetingModelBanRule(),
                new PermittedExceptionRule(),
                new ConditionalUseRule(),
                new PassThroughRule(),
                new NonCommercialRule(),
                new RegionExclusionRule(),
                new PermittedUseRule(),
                new HumanDataLicenceRule(),
                new DownstreamPositionRule(),
                new NegotiatedAgreementRule(),
                new ReviewerConclusionRule(),
                new TrainingContentSummaryRule(),
                new MissingFactsRule(),
                new UnverifiedTermsRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public DatasetAssessment assess(RuleInput input) {
        List<Finding> findings = new ArrayList<>(4);
        List<Obligation> obligations = new ArrayList<>(4);
        for (Rule rule : rules) {
            RuleOutcome outcome = rule.evaluate(input);
            findings.addAll(outcome.findings());
            for (Obligation o : outcome.obligations()) {
                if (!obligations.contains(o)) { // a handful per dataset: a list beats hashing long details
                    obligations.add(o);
                }
            }
        }
        if (findings.isEmpty()) {
            findings.add(new Finding(NO_RULE_ID, RiskLevel.UNKNOWN, "No rule could judge this dataset (source "
                    + input.dataset().sourceType().id() + "), so its risk is not known.", List.of(),
                    "Check the dataset's source type, licence and generator in the inventory, and report it if they are right."));
        }
        findings.sort(WORST_FIRST);
        RiskLevel risk = RiskLevel.CLEAR;
        for (Finding f : findings) {
            risk = RiskLevel.worst(risk, f.level());
        }
        List<String> terms = new ArrayList<>(input.governing().size());
        for (GoverningTerms g : input.governing()) {
            terms.add(g.ref());
        }
        return new DatasetAssessment(input.dataset().id(), input.dataset().name(), risk, terms, findings,
                obligations);
    }
}
