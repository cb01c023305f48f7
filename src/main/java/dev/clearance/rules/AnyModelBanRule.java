package dev.clearance.rules;

import dev.clearance.domain.Purpose;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import java.util.Locale;
import java.util.Optional;

/**
 * Terms that forbid using outputs to train or improve any other model, competing or not (Llama 2 and 3,
 * Tongyi Qianwen, Microsoft's consumer terms, Google's consumer terms, Qwen Chat, Stability): training on
 * them is blocked whatever the project does; evaluation is not training. A classifier or embedding model
 * under a ban worded for large language models or foundational generative models is high instead, for counsel. Bans that yield to the
 * provider's authorization are judged by {@link AuthorizationRequiredRule}.
 */
public final class AnyModelBanRule extends PerTermsRule {
    public static final String ID = "any-model-ban";

    private static final String REMOVE = "Remove this dataset from training (keeping it for evaluation at most), or "
            + "regenerate it with a model whose terms allow training. Only a separate agreement with the provider "
            + "can make this use acceptable.";

    @Override
    public String id() {
        return ID;
    }

    /**
     * The catalog has no structured fact for a ban's scope, so the wording of the cited clause decides:
     * Llama 2/3 and Tongyi Qianwen speak of "large language models", Stability of "foundational generative"
     * models; Microsoft ("any AI technology") and Google ("machine-learning models") reach everything.
     */
    private static Optional<String> narrowWording(GoverningTerms terms) {
        for (Clause c : terms.version().clauses()) {
            if (c.has(Tag.ANY_MODEL_BAN)) {
                String text = (c.quote() + " " + c.paraphrase()).toLowerCase(Locale.ROOT);
                if (text.contains("large language model")) {
                    return Optional.of("large language model");
                }
                if (text.contains("foundational generative")) {
                    return Optional.of("foundational generative AI");
                }
            }
        }
        return Optional.empty();
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.ANY_MODEL_BAN && !terms.facts().authorizationRequired();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        String bans = terms.name() + " forbids using its outputs to train or improve any other model, "
                + "whether or not it competes with " + terms.provider() + ".";
        if (!input.trainsAModel()) {
            return RuleOutcome.of(ID, RiskLevel.LOW, bans + " This dataset is used only for evaluation, which "
                    + "trains nothing.", terms.cite(Tag.ANY_MODEL_BAN),
                    "Keep these outputs out of every training set, including later fine-tuning rounds.");
        }
        if (terms.facts().limitedToSomeOutputTypes()) {
            String kinds = String.join(" and ", terms.facts().outputTypes());
            return RuleOutcome.of(ID, RiskLevel.LOW, terms.name() + " forbids using only its " + kinds + " outputs"
                    + " to train any model; other outputs are outside that restriction.", terms.cite(Tag.ANY_MODEL_BAN),
                    "Confirm the dataset holds no " + String.join(" or ", terms.facts().outputTypes()) + " outputs;"
                    + " if it does, remove them from training.");
        }
        var exception = PermittedExceptions.applicable(input, terms);
        if (exception.isPresent()) {
            return RuleOutcome.of(ID, RiskLevel.LOW, bans + " Its exception covers this use: "
                    + exception.get().exception().description() + " It applies because " + exception.get().because()
                    + ".", terms.cite(Tag.ANY_MODEL_BAN, Tag.PERMITTED_EXCEPTION),
                    "Keep evidence that the model trained is one the exception names.");
        }
        Purpose purpose = input.project().purpose();
        Optional<String> narrowWording = narrowWording(terms);
        if ((purpose == Purpose.CLASSIFIER || purpose == Purpose.EMBEDDING) && narrowWording.isPresent()) {
            return RuleOutcome.of(ID, RiskLevel.HIGH, bans + " The dataset is used for " + input.usesText()
                    + " of a " + purpose.id() + ", and the ban is worded for \"" + narrowWording.get() + "\" models: "
                    + "a small " + purpose.id() + " may fall outside it, but that reading needs counsel.",
                    terms.cite(Tag.ANY_MODEL_BAN),
                    "Ask counsel whether the ban's wording reaches this model; until then treat it as banned. " + REMOVE);
        }
        return RuleOutcome.of(ID, RiskLevel.BLOCKED, bans + " The dataset is used for " + input.usesText()
                + " of " + input.projectText() + ", which is exactly what the terms forbid.",
                terms.cite(Tag.ANY_MODEL_BAN), REMOVE);
    }
}
