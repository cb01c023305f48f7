package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import java.util.List;

/**
 * Terms that forbid training any model on inputs and outputs without the provider's prior authorization
 * (Anthropic's Usage Policy, 2024 and 2025): blocked without it, low with a recorded written authorization.
 */
public final class AuthorizationRequiredRule extends PerTermsRule {
    public static final String ID = "authorization-required";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.ANY_MODEL_BAN && terms.facts().authorizationRequired();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        String bans = terms.name() + " forbids using prompts and outputs to train an AI model (\"model "
                + "scraping\" or distillation) without " + terms.provider() + "'s prior authorization; it reaches "
                + "any model, not only competing ones.";
        ReviewerAnswers answers = input.answers();
        if (!input.trainsAModel()) {
            return RuleOutcome.of(ID, RiskLevel.LOW, bans + " This dataset is used only for evaluation, which "
                    + "trains nothing.", cite(terms), "Keep these outputs out of every training set.");
        }
        if (answers.saysYes(QuestionIds.WRITTEN_AUTHORIZATION)) {
            return RuleOutcome.of(ID, RiskLevel.LOW, bans + " The project records that authorization: "
                    + answers.cite(QuestionIds.WRITTEN_AUTHORIZATION) + ".", cite(terms),
                    "Keep the authorization with the review and check that it names this use (" + input.usesText()
                            + "), this model and the period the outputs were generated.")
                    .oblige(ObligationKind.AUTHORIZATION, "Keep " + terms.provider()
                            + "'s written authorization to train on these outputs on file (" + terms.ref() + ").");
        }
        String unsure = answers.is(QuestionIds.WRITTEN_AUTHORIZATION, "unsure")
                ? " The reviewer is unsure whether authorization was given (" + answers.cite(QuestionIds.WRITTEN_AUTHORIZATION)
                        + "); without it the ban applies."
                : " No authorization is recorded.";
        return RuleOutcome.of(ID, RiskLevel.BLOCKED, bans + " The dataset is used for " + input.usesText() + "."
                + unsure, cite(terms),
                "Stop training on this dataset until " + terms.provider() + " authorizes it in writing; then record "
                        + "the authorization in the guided walk (section 9). Otherwise regenerate the data with a "
                        + "model whose terms allow training.")
                .oblige(ObligationKind.AUTHORIZATION, "Obtain " + terms.provider()
                        + "'s prior written authorization before training on these outputs (" + terms.ref() + ").");
    }

    private static List<ClauseCitation> cite(GoverningTerms terms) {
        return terms.cite(Tag.ANY_MODEL_BAN); // the ban carries the authorization proviso
    }
}
