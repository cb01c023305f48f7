package dev.clearance.checklist;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.TermsVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What decides which questions a walk asks: the regimes of the governing terms and the project's purpose
 * and distribution.
 */
public record WalkContext(Set<Regime> regimes, Purpose purpose, Distribution distribution) {
    public WalkContext {
        regimes = Set.copyOf(regimes);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(distribution, "distribution");
    }

    public static WalkContext of(List<TermsVersion> governing, ProjectSettings project) {
        Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        for (TermsVersion v : governing) {
            regimes.add(v.facts().regime());
        }
        return new WalkContext(regimes, project.purpose(), project.distribution());
    }
}
