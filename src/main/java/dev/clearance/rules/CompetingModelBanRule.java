package dev.clearance.rules;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;

/**
 * Terms that forbid using outputs to develop models that compete with the provider (OpenAI, Anthropic,
 * Gemini API, xAI, Meta's Llama API, Mistral for images). None of them defines "compete", so the judgement
 * rests on what the project's model is and how it reaches users:
 * <ul>
 *   <li>a general or code assistant offered to others does what the provider sells: high;</li>
 *   <li>the same kept internal still replaces the provider's product in-house: medium;</li>
 *   <li>a domain assistant may or may not compete: medium, for counsel;</li>
 *   <li>an internal classifier or embedding model is unlikely to compete: low; offered to others it
 *       meets the provider's own embedding and moderation products: medium;</li>
 *   <li>evaluation only develops no model: low.</li>
 * </ul>
 * The reviewer's answer to "does this project compete?" and a written authorization replace the judgement.
 */
public final class CompetingModelBanRule extends PerTermsRule {
    public static final String ID = "competing-model-ban";

    private static final String DO_NOT_TRAIN = "Do not train this model on these outputs: regenerate the data with a "
            + "model whose terms allow it (Apache-2.0 or MIT weights; Llama 3.1 or later under its conditions), "
            + "or get the provider's written permission. Have counsel review before release.";
    private static final String RECORD_WHY = "Answer 'Does this project compete?' in the guided walk with the reasons "
            + "(the model's purpose, users and overlap with the provider's products) and have counsel confirm.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.COMPETING_MODEL_BAN;
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        OutputUseFacts facts = terms.facts();
        String bans = terms.name() + " forbids using its outputs to develop models that compete with "
                + terms.provider() + "; it does not define \"compete\".";
        if (!input.trainsAModel()) {
            return low(terms, bans + " This dataset is used only for evaluation, which develops no model.",
                    "Keep these outputs out of training sets; if that changes, assess again.");
        }
        if (facts.limitedToSomeOutputTypes()) {
            return low(terms, terms.name() + " restricts only " + String.join(" and ", facts.outputTypes())
                    + " outputs (no training of competing models on them); other outputs are not covered by the "
                    + "restriction, though the terms still forbid reverse engineering.",
                    "Confirm the dataset holds no " + String.join(" or ", facts.outputTypes()) + " outputs.");
        }
        if (PermittedExceptions.applicable(input, terms).isPresent()) {
            return RuleOutcome.nothing(); // the permitted-exception rule reports it
        }
        ReviewerAnswers answers = input.answers();
        if (facts.authorizationRequired() && answers.saysYes(QuestionIds.WRITTEN_AUTHORIZATION)) {
            return low(terms, bans + " It allows what it expressly approves, and the project records approval: "
                    + answers.cite(QuestionIds.WRITTEN_AUTHORIZATION) + ".",
                    "Keep the approval on file and check that it covers this dataset and this model.")
                    .oblige(ObligationKind.AUTHORIZATION, "Keep " + terms.provider()
                            + "'s written approval for this use on file (" + terms.ref() + ").");
        }
        if (answers.saysNo(QuestionIds.COMPETES)) {
            return low(terms, bans + " The reviewer concluded the model does not compete: "
                    + answers.cite(QuestionIds.COMPETES) + ".",
                    "Keep the reasoning on file and revisit it if the model's purpose or distribution changes.");
        }
        if (answers.saysYes(QuestionIds.COMPETES)) {
            return banned(terms, RiskLevel.HIGH, bans + " The reviewer concluded the model competes: "
                    + answers.cite(QuestionIds.COMPETES) + ".", DO_NOT_TRAIN);
        }
        return judgeByPurpose(input, terms, bans);
    }

    private static RuleOutcome judgeByPurpose(RuleInput input, GoverningTerms terms, String bans) {
        ProjectSettings p = input.project();
        boolean internal = p.distribution() == Distribution.INTERNAL;
        String model = " The outputs train " + input.projectText() + ".";
        String kind = p.purpose().id().replace('-', ' ');
        String survival = terms.facts().survival() == OutputUseFacts.Survival.UNCLEAR
                ? " Whether the restriction survives the end of the agreement is unclear: the survival clause does not list it."
                : "";
        return switch (p.purpose()) {
            case GENERAL_ASSISTANT, CODE_ASSISTANT -> internal
                    ? banned(terms, RiskLevel.MEDIUM, bans + model + " A " + kind + " does what "
                            + terms.provider() + " sells; kept internal it is not offered to the market, but it still "
                            + "replaces the provider's product in-house, and counsel may read that as competing." + survival,
                            RECORD_WHY + " Releasing the model later would make this high.")
                    : banned(terms, RiskLevel.HIGH, bans + model + " A " + kind + " offered to users "
                            + "(" + p.distribution().id() + ") is the kind of product " + terms.provider()
                            + " sells, so it very likely competes." + survival, DO_NOT_TRAIN);
            case DOMAIN_ASSISTANT -> banned(terms, RiskLevel.MEDIUM, bans + model + " A domain assistant overlaps "
                    + "with a general assistant in its domain; whether that is competing is not settled." + survival,
                    RECORD_WHY + " Ask counsel before release.");
            case CLASSIFIER, EMBEDDING -> internal
                    ? low(terms, bans + model + " A " + kind + " kept internal is unlikely to compete "
                            + "with a general model provider.", RECORD_WHY)
                    : banned(terms, RiskLevel.MEDIUM, bans + model + " A " + kind + " offered to "
                            + "others (" + p.distribution().id() + ") may meet the provider's own embedding or "
                            + "moderation products." + classifierExceptionLost(terms) + survival, RECORD_WHY);
            case OTHER -> banned(terms, RiskLevel.MEDIUM, bans + model + " The project's purpose is 'other', so "
                    + "we cannot judge overlap with the provider's products." + survival,
                    "Set the project's purpose in project.yaml, then " + RECORD_WHY.substring(0, 1).toLowerCase()
                            + RECORD_WHY.substring(1));
        };
    }

    private static String classifierExceptionLost(GoverningTerms terms) {
        return PermittedExceptions.offers(terms, PermittedExceptions.UNDISTRIBUTED_CLASSIFIER)
                ? " The terms' exception for classifiers and embeddings does not help: it requires that the model "
                        + "not be distributed or made commercially available to third parties."
                : "";
    }

    private static RuleOutcome low(GoverningTerms terms, String message, String remediation) {
        return RuleOutcome.of(ID, RiskLevel.LOW, message, terms.cite(Tag.COMPETING_MODEL_BAN), remediation);
    }

    private static RuleOutcome banned(GoverningTerms terms, RiskLevel level, String message, String remediation) {
        // Cite the ban itself: the authorization-required tag also marks unrelated approvals
        // (zero data retention needs the provider's approval), so it is not a ground on its own.
        RuleOutcome outcome = RuleOutcome.of(ID, level, message, terms.cite(Tag.COMPETING_MODEL_BAN), remediation);
        if (terms.facts().authorizationRequired()) {
            outcome.oblige(ObligationKind.AUTHORIZATION, "Training a model that may compete needs "
                    + terms.provider() + "'s express approval (" + terms.ref() + ").");
        }
        return outcome;
    }
}
