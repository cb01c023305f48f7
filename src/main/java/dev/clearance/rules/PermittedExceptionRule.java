package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;

/**
 * A carve-out from a competing-model ban that covers this project (OpenAI: an internal classifier or
 * embedding model that is never distributed; models fine-tuned through OpenAI's own service) turns the
 * ban into a low risk, as long as the project stays inside the carve-out.
 */
public final class PermittedExceptionRule extends PerTermsRule {
    public static final String ID = "permitted-exception";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.COMPETING_MODEL_BAN && !terms.facts().permittedExceptions().isEmpty();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        if (!input.trainsAModel()) {
            return RuleOutcome.nothing();
        }
        return PermittedExceptions.applicable(input, terms).map(applied -> {
            boolean classifier = applied.exception().id().equals(PermittedExceptions.UNDISTRIBUTED_CLASSIFIER);
            String keep = classifier
                    ? "Keep the model internal: selling or licensing it, or offering it to third parties (for "
                            + "example through an API), takes it outside the exception. Assess again before any such change."
                    : "Keep evidence that the model was trained only through " + terms.provider()
                            + "'s own fine-tuning service; a copy trained elsewhere on the same data is not covered.";
            RuleOutcome outcome = RuleOutcome.of(ID, RiskLevel.LOW, terms.name() + " bans using outputs to develop "
                    + "models that compete with " + terms.provider() + ", but its permitted exception covers this "
                    + "use: " + applied.exception().description() + " It applies because " + applied.because() + ".",
                    terms.cite(Tag.PERMITTED_EXCEPTION, Tag.COMPETING_MODEL_BAN), keep);
            return outcome.oblige(ObligationKind.NOTICE, "Stay within the '" + applied.exception().id()
                    + "' exception of " + terms.ref() + ": " + (classifier
                    ? "no distribution or commercial availability of the model to third parties."
                    : "fine-tune only through the provider's service."));
        }).orElseGet(RuleOutcome::nothing);
    }
}
