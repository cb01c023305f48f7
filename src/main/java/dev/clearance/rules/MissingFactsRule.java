package dev.clearance.rules;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import java.util.ArrayList;
import java.util.List;

/**
 * Model-generated data whose governing terms cannot be determined is {@code unknown}, with what is
 * missing; data whose terms version had to be assumed (no {@code collected_on}) is flagged too.
 */
public final class MissingFactsRule implements Rule {
    public static final String ID = "missing-facts";
    public static final String DATE_ID = "collection-date-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        Dataset d = input.dataset();
        if (!d.sourceType().isModelGenerated()) {
            return RuleOutcome.nothing();
        }
        if (input.governing().isEmpty()) {
            return unknownTerms(input);
        }
        RuleOutcome outcome = RuleOutcome.none();
        for (GoverningTerms terms : input.governing()) {
            if (terms.dateAssumed() && !terms.document().timeless()) {
                outcome.merge(assumedVersion(terms));
            }
        }
        return outcome;
    }

    private static RuleOutcome unknownTerms(RuleInput input) {
        Dataset d = input.dataset();
        List<String> missing = new ArrayList<>(3);
        if (d.generatorModel().isEmpty()) {
            missing.add("generator_model (which model produced the data)");
        }
        if (d.access().isEmpty()) {
            missing.add("access (api, weights, app or cloud:<name>), which decides whether API terms or a "
                    + "weights licence applied");
        }
        if (d.collectedOn() == null) {
            missing.add("collected_on (the day the outputs were generated), which selects the terms version");
        }
        StringBuilder message = new StringBuilder("We cannot tell which terms governed the outputs in this ")
                .append(d.sourceType().id()).append(" dataset");
        if (missing.isEmpty() && !input.resolutionWarnings().isEmpty()) {
            // The lookup's own reason: e.g. the outputs predate the earliest catalogued version.
            message.append(": ").append(String.join(" ", input.resolutionWarnings()));
        } else if (missing.isEmpty()) {
            message.append(": the terms catalog has no entry for '").append(d.generatorModel()).append("' via '")
                    .append(d.access()).append("'.");
        } else {
            message.append(": the inventory lacks ").append(String.join("; ", missing)).append('.');
            if (!input.resolutionWarnings().isEmpty()) {
                message.append(" Lookup notes: ").append(String.join(" ", input.resolutionWarnings()));
            }
        }
        message.append(" Until this is known the dataset may carry any restriction, up to a ban on training.");
        return RuleOutcome.of(ID, RiskLevel.UNKNOWN, message.toString(), List.of(),
                missing.isEmpty()
                        ? "Map the model to the terms that governed it (a model mapping, or the dataset's terms "
                                + "column as document-id@YYYY-MM-DD), then assess again."
                        : "Add the missing fields to the inventory and re-import it, or name the governing terms "
                                + "in the dataset's terms column (document-id@YYYY-MM-DD).");
    }

    private static RuleOutcome assumedVersion(GoverningTerms terms) {
        int versions = terms.document().versions().size();
        if (versions > 1) {
            return RuleOutcome.of(DATE_ID, RiskLevel.UNKNOWN, "The dataset has no collected_on date, so we assumed "
                    + terms.name() + ". " + terms.document().title() + " has " + versions
                    + " catalogued versions and the one in force when the outputs were generated may say "
                    + "something different about training on them.", List.of(
                    ClauseCitation.wholeVersion(terms.version())),
                    "Add collected_on (YYYY-MM-DD) to the inventory; if only a range is known, use its first "
                            + "day and say so in the notes.");
        }
        return RuleOutcome.of(DATE_ID, RiskLevel.LOW, "The dataset has no collected_on date; we used "
                + terms.name() + ", the only catalogued version. Outputs generated before it took effect "
                + "may have been governed by earlier terms the catalog does not hold.", List.of(
                ClauseCitation.wholeVersion(terms.version())),
                "Add collected_on (YYYY-MM-DD) to the inventory.");
    }
}
