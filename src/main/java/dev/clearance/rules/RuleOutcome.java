package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ObligationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What one rule concluded about one dataset: findings and obligations; empty when it did not apply.
 * Lists are allocated on first use: most rules do not apply to most datasets, and the engine runs every
 * rule on every dataset.
 */
public final class RuleOutcome {
    private static final RuleOutcome NOTHING = new RuleOutcome();

    private List<Finding> findings = List.of();
    private List<Obligation> obligations = List.of();

    /** An outcome to add to. */
    public static RuleOutcome none() {
        return new RuleOutcome();
    }

    /** The shared empty outcome of a rule that does not apply; never add to it. */
    static RuleOutcome nothing() {
        return NOTHING;
    }

    public static RuleOutcome of(Finding finding) {
        return new RuleOutcome().add(finding);
    }

    public static RuleOutcome of(String rule, RiskLevel level, String message, List<ClauseCitation> clauses,
                                 String remediation) {
        return of(new Finding(rule, level, message, clauses, remediation));
    }

    public RuleOutcome add(Finding finding) {
        writableFindings().add(finding);
        return this;
    }

    public RuleOutcome oblige(ObligationKind kind, String detail) {
        writableObligations().add(new Obligation(kind, detail));
        return this;
    }

    /** Adds another outcome's findings and obligations to this one. */
    public RuleOutcome merge(RuleOutcome other) {
        if (!other.findings.isEmpty()) {
            writableFindings().addAll(other.findings);
        }
        if (!other.obligations.isEmpty()) {
            writableObligations().addAll(other.obligations);
        }
        return this;
    }

    private List<Finding> writableFindings() {
        checkWritable();
        if (findings.isEmpty()) {
            findings = new ArrayList<>(2);
        }
        return findings;
    }

    private List<Obligation> writableObligations() {
        checkWritable();
        if (obligations.isEmpty()) {
            obligations = new ArrayList<>(4);
        }
        return obligations;
    }

    private void checkWritable() {
        if (this == NOTHING) {
            throw new IllegalStateException("The shared empty outcome cannot be added to; use RuleOutcome.none()");
        }
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
