package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ObligationKind;
import java.util.List;
import java.util.Locale;

/**
 * Licences that grant no rights in some regions (Tencent Hunyuan: EU, UK, South Korea; Llama 3.2+
 * multimodal rights for EU-domiciled entities): high when the project is offered there.
 */
public final class RegionExclusionRule extends PerTermsRule {
    public static final String ID = "excluded-region";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return !terms.facts().excludedRegions().isEmpty();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        List<String> excluded = terms.facts().excludedRegions();
        List<String> hit = input.project().regions().stream()
                .filter(r -> excluded.stream().anyMatch(e -> e.equalsIgnoreCase(r.strip())))
                .map(r -> r.toUpperCase(Locale.ROOT)).toList();
        String grants = terms.name() + " grants no rights in " + String.join(", ", excluded) + ".";
        if (!hit.isEmpty()) {
            return RuleOutcome.of(ID, RiskLevel.HIGH, grants + " The project is offered in " + String.join(", ", hit)
                    + ".", List.of(ClauseCitation.wholeVersion(terms.version())), "Do not offer the model in "
                    + String.join(", ", hit) + ", or regenerate the data with a model licensed there.");
        }
        String regions = input.project().regions().isEmpty() ? " The project lists no regions."
                : " The project is offered in " + String.join(", ", input.project().regions()) + " only.";
        return RuleOutcome.of(ID, RiskLevel.LOW, grants + regions, List.of(
                        ClauseCitation.wholeVersion(terms.version())),
                "Keep the model out of " + String.join(", ", excluded) + ".")
                .oblige(ObligationKind.NOTICE, "Do not offer the model in " + String.join(", ", excluded)
                        + " (" + terms.ref() + ").");
    }
}
