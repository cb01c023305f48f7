package dev.clearance.checklist;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.terms.Regime;
import java.util.Set;

/**
 * When a question applies; an empty set means "any". A question applies when every non-empty set matches
 * the walk: one of its regimes is among the walk's, and the project's purpose and distribution are listed.
 */
public record AppliesWhen(Set<Regime> regimes, Set<Purpose> purposes, Set<Distribution> distributions) {
    public static final AppliesWhen ALWAYS = new AppliesWhen(Set.of(), Set.of(), Set.of());

    public AppliesWhen {
        regimes = Set.copyOf(regimes);
        purposes = Set.copyOf(purposes);
        distributions = Set.copyOf(distributions);
    }

    public boolean matches(WalkContext context) {
        return (regimes.isEmpty() || context.regimes().stream().anyMatch(regimes::contains))
                && (purposes.isEmpty() || purposes.contains(context.purpose()))
                && (distributions.isEmpty() || distributions.contains(context.distribution()));
    }
}
