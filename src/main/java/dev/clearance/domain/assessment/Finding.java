package dev.clearance.domain.assessment;

import dev.clearance.domain.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * One conclusion of a risk rule about one dataset, with its reason.
 *
 * @param rule        stable kebab-case id of the rule that reached it, e.g. {@code competing-model-ban}
 * @param level       how risky the use is on this ground
 * @param message     why, in plain English (which terms, what they say, how the project meets them)
 * @param clauses     the clauses it rests on; empty only when no terms could be found (that is the finding)
 * @param remediation what to do about it; "" when nothing is needed
 */
public record Finding(String rule, RiskLevel level, String message, List<ClauseCitation> clauses,
                      String remediation) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        remediation = remediation == null ? "" : remediation;
    }
}
