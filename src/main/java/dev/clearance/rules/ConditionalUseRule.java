package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import java.util.Locale;

/**
 * Licences that allow training on outputs when conditions are met (Llama 3.1 and later; the Qwen licence of
 * 2024): a model that is distributed or made available must begin its name with a prefix, show an
 * attribution notice, come with a copy of the licence, and stay below a monthly-active-user threshold.
 * A model kept internal triggers none of them. A model name that does not meet the naming condition makes
 * the finding medium; expected users at or above the threshold make a separate high finding.
 */
public final class ConditionalUseRule extends PerTermsRule {
    public static final String ID = "conditional-use";
    public static final String MAU_ID = "mau-threshold";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.CONDITIONAL;
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        OutputUseFacts facts = terms.facts();
        String allows = terms.name() + " allows training other models on its outputs, with conditions when the "
                + "model is distributed or made available.";
        if (!input.trainsAModel()) {
            return RuleOutcome.of(ID, RiskLevel.CLEAR, allows + " This dataset is used only for evaluation.",
                    terms.cite(Tag.OUTPUT_USE_PERMITTED, Tag.NAMING_CONDITION), "");
        }
        if (!input.modelMadeAvailable()) {
            return RuleOutcome.of(ID, RiskLevel.CLEAR, allows + " The model is kept internal, so none of them "
                    + "applies yet.", terms.cite(Tag.OUTPUT_USE_PERMITTED, Tag.NAMING_CONDITION),
                    "If the model is ever released or offered to others, assess again: naming, attribution and "
                            + "licence-copy conditions will then apply.");
        }
        RuleOutcome outcome = RuleOutcome.none();
        RiskLevel level = RiskLevel.LOW;
        StringBuilder message = new StringBuilder(allows).append(" The outputs train ").append(input.projectText())
                .append(", so the conditions apply.");
        if (facts.namingPrefix() != null && !facts.namingPrefix().isBlank()) {
            level = naming(input, terms, outcome, message);
        }
        if (!facts.attributionTexts().isEmpty()) {
            outcome.oblige(ObligationKind.ATTRIBUTION, "Show " + quotedList(facts) + " prominently on a website, "
                    + "user interface, blog post, about page or product documentation related to the model ("
                    + terms.ref() + ").");
        }
        if (facts.licenceCopyRequired()) {
            outcome.oblige(ObligationKind.LICENCE_COPY, "Give a copy of the " + terms.document().title()
                    + " to everyone you distribute the model or its materials to (" + terms.ref() + ").");
        }
        outcome.add(new Finding(ID, level, message.toString(),
                terms.cite(Tag.NAMING_CONDITION, Tag.ATTRIBUTION, Tag.LICENCE_COPY, Tag.OUTPUT_USE_PERMITTED),
                level == RiskLevel.LOW ? "Meet the obligations listed below before release."
                        : "Rename the model so that it begins with \"" + facts.namingPrefix()
                                + "\", or regenerate the data with a model that sets no naming condition."));
        if (facts.mauThreshold() != null) {
            outcome.merge(usersThreshold(input, terms, facts.mauThreshold()));
        }
        return outcome;
    }

    private static RiskLevel naming(RuleInput input, GoverningTerms terms, RuleOutcome outcome, StringBuilder message) {
        String prefix = terms.facts().namingPrefix();
        String name = input.project().modelName();
        if (name.isBlank()) {
            message.append(" The project has no model name yet; it must begin with \"").append(prefix).append("\".");
            outcome.oblige(ObligationKind.NAMING, "Name the model so that it begins with \"" + prefix + "\" ("
                    + terms.ref() + ").");
            return RiskLevel.LOW;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            message.append(" The naming condition is met: '").append(name).append("' begins with \"")
                    .append(prefix).append("\".");
            outcome.oblige(ObligationKind.NAMING, "Keep the model's name beginning with \"" + prefix + "\" (met by '"
                    + name + "'; " + terms.ref() + ").");
            return RiskLevel.LOW;
        }
        message.append(" The naming condition is not met: '").append(name).append("' does not begin with \"")
                .append(prefix).append("\".");
        outcome.oblige(ObligationKind.NAMING, "Rename the model so that it begins with \"" + prefix + "\", e.g. '"
                + prefix + "-" + name + "' (" + terms.ref() + ").");
        return RiskLevel.MEDIUM;
    }

    private static RuleOutcome usersThreshold(RuleInput input, GoverningTerms terms, long threshold) {
        Long expected = input.project().expectedMau();
        String limit = String.format(Locale.ROOT, "%,d", threshold);
        if (expected != null && expected >= threshold) {
            return RuleOutcome.of(MAU_ID, RiskLevel.HIGH, terms.name() + " requires a separate licence from "
                            + terms.provider() + " above " + limit + " monthly active users, which it may refuse. The "
                            + "project expects " + String.format(Locale.ROOT, "%,d", expected) + ".",
                    terms.cite(Tag.MAU_THRESHOLD), "Request a licence from " + terms.provider()
                            + " before release, or regenerate the data with a model without a user threshold.")
                    .oblige(ObligationKind.MAU_THRESHOLD, "Obtain " + terms.provider() + "'s licence for more than "
                            + limit + " monthly active users (" + terms.ref() + ").");
        }
        return RuleOutcome.none().oblige(ObligationKind.MAU_THRESHOLD, (expected == null
                ? "Confirm the project stays below " : "Stay below ") + limit + " monthly active users, or obtain "
                + terms.provider() + "'s licence first; the licence says how and when users are counted ("
                + terms.ref() + ").");
    }

    private static String quotedList(OutputUseFacts facts) {
        String quoted = "\"" + String.join("\" or \"", facts.attributionTexts()) + "\"";
        return facts.attributionTexts().size() > 1 ? "one of " + quoted : quoted;
    }
}
