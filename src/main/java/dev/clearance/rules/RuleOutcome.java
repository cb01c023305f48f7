package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ObligationKind;
import java.util.ArrayList;
import java.util.List;

/** What one rule concluded about one dataset: findings and obligations; empty when it did not apply. */
public final class RuleOutcome {
    private final List<Finding> findings = new ArrayList<>(2);
    private final List<Obligation> obligations = new ArrayList<>(2);

    public static RuleOutcome none() {
        return new RuleOutcome();
    }

    public static RuleOutcome of(Finding finding) {
        return new RuleOutcome().add(finding);
    }

    public static RuleOutcome of(String rule, RiskLevel level, String message, List<ClauseCitation> clauses,
                                 String remediation) {
        return of(new Finding(rule, level, message, clauses, remediation));
    }

    public RuleOutcome add(Finding finding) {
        findings.add(finding);
        return this;
    }

    public RuleOutcome oblige(ObligationKind kind, String detail) {
        obligations.add(new Obligation(kind, detail));
        return this;
    }

    /** Adds another outcome's findings and obligations to this one. */
    public RuleOutcome merge(RuleOutcome other) {
        findings.addAll(other.findings);
        obligations.addAll(other.obligations);
        return this;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Obligation> obligations() {
        return obligations;
    }

    public boolean isEmpty() {
        return findings.isEmpty() && obligations.isEmpty();
    }
}
