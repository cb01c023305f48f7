package dev.clearance.rules;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import java.util.List;

/**
 * Licences whose "derivatives" include models trained on their outputs (Gemma 1-3, DeepSeek License v1.0,
 * Tencent Hunyuan): training is allowed, but the student model inherits the licence's use restrictions,
 * which must be passed on to everyone who receives it. Distributed or hosted: medium, with the
 * pass-through duties; internal: low (the restrictions still bind the project).
 */
public final class PassThroughRule extends PerTermsRule {
    public static final String ID = "pass-through";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.PASS_THROUGH || terms.facts().restrictionsPassThrough()
                && terms.facts().regime() != Regime.ANY_MODEL_BAN;
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        String derivative = terms.name() + " treats a model trained on its outputs (including by distillation or "
                + "synthetic data) as a derivative that carries the licence's use restrictions.";
        if (!input.trainsAModel()) {
            return RuleOutcome.of(ID, RiskLevel.CLEAR, derivative + " The outputs themselves are not derivatives, "
                    + "and this dataset is used only for evaluation.", cite(terms), "");
        }
        if (!input.modelMadeAvailable()) {
            return RuleOutcome.of(ID, RiskLevel.LOW, derivative + " " + input.projectText() + " is kept internal, so "
                    + "nothing has to be passed on, but the use restrictions bind the project itself, and if the "
                    + "licence ends the derivative has to be deleted or its use stopped.", cite(terms),
                    "Use the model only within the licence's use restrictions; assess again before releasing it.")
                    .oblige(ObligationKind.PASS_THROUGH, "Use the model only within the use restrictions of "
                            + terms.document().title() + " (" + terms.ref() + ").");
        }
        boolean hosted = input.project().distribution() == Distribution.HOSTED_API && !input.weightsDistributed();
        String how = hosted
                ? " The model is offered as a hosted service: its users must at least be held to the same use "
                        + "restrictions through your terms of service; whether hosting counts as distribution under "
                        + "this licence is for counsel."
                : " The model's weights are distributed (" + input.project().distribution().id() + "), so every "
                        + "recipient must be bound by the use restrictions in an enforceable agreement.";
        RuleOutcome outcome = RuleOutcome.of(ID, RiskLevel.MEDIUM, derivative + how, cite(terms),
                "Ship the model under terms that carry the use restrictions through, with the notices listed "
                        + "below; or regenerate the data with an MIT or Apache-2.0 model to avoid the derivative status.")
                .oblige(ObligationKind.PASS_THROUGH, "Impose the use restrictions of " + terms.document().title()
                        + " on every " + (hosted ? "user of the service" : "recipient of the model")
                        + " in an enforceable agreement (" + terms.ref() + ").");
        if (terms.facts().licenceCopyRequired() && !hosted) {
            outcome.oblige(ObligationKind.LICENCE_COPY, "Give recipients a copy of the " + terms.document().title()
                    + " (" + terms.ref() + ").")
                    .oblige(ObligationKind.NOTICE, "Mark modified files as modified and ship a NOTICE file naming "
                            + "the licence (" + terms.ref() + ").");
        }
        return outcome;
    }

    private static List<ClauseCitation> cite(GoverningTerms terms) {
        return terms.cite(Tag.DERIVATIVE_DEFINITION, Tag.PASS_THROUGH);
    }
}
