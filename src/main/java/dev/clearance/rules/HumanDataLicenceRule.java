package dev.clearance.rules;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ObligationKind;
import java.util.List;

/**
 * The licence of data people made (human, licensed, web or public-dataset data, and the human part of
 * mixed data): public domain and permissive licences are clear (CC-BY-style licences with an attribution
 * duty); share-alike, no-derivatives and copyleft licences raise the unsettled question whether a model is
 * an adaptation; non-commercial licences are high for a commercial project; a missing or unrecognised
 * licence is unknown.
 */
public final class HumanDataLicenceRule implements Rule {
    public static final String ID = "data-licence";

    @Override
    public String id() {
        return ID;
    }

    /** "proprietary" (the contract's word for data you own outright), "own data", "first-party". */
    static boolean isOwnData(String licence) {
        String l = licence.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return l.equals("proprietary") || l.equals("own-data") || l.equals("first-party") || l.equals("owned");
    }

    @Override
    public RuleOutcome evaluate(RuleInput input) {
        Dataset d = input.dataset();
        if (d.sourceType() == SourceType.SYNTHETIC) {
            return RuleOutcome.nothing();
        }
        String licence = d.license();
        if (d.sourceType() == SourceType.HUMAN && isOwnData(licence)) {
            // The inventory contract asks teams to write "proprietary" for data they own outright.
            return RuleOutcome.of(ID, RiskLevel.CLEAR, "This human dataset is recorded as the team's own ('" + licence
                    + "'): no third party's licence restricts training on it.", List.of(DataLicence.citation(licence,
                    DataLicence.AGREEMENT)), "Keep the record of how the data was collected; check its privacy "
                    + "basis (e.g. personal data in tickets) separately.");
        }
        DataLicence kind = DataLicence.classify(licence);
        String data = d.sourceType() == SourceType.MIXED ? "The human-made part of this mixed dataset"
                : "This " + d.sourceType().id() + " dataset";
        List<ClauseCitation> cite = List.of(DataLicence.citation(licence, kind));
        RuleOutcome outcome = switch (kind) {
            case NONE -> RuleOutcome.of(ID, RiskLevel.UNKNOWN, data + " has no licence recorded, so we cannot tell "
                    + "whether it may be used to train a model." + (d.sourceType() == SourceType.WEB
                    ? " Web data also needs a lawful basis for text and data mining." : ""), List.of(),
                    "Record the licence (SPDX id or agreement name) in the inventory's license column"
                            + (d.sourceType() == SourceType.WEB ? ", or the text-and-data-mining basis relied on." : "."));
            case PUBLIC_DOMAIN -> RuleOutcome.of(ID, RiskLevel.CLEAR, data + " is under " + licence
                    + ", which waives copyright restrictions.", cite, "");
            case PERMISSIVE -> RuleOutcome.of(ID, RiskLevel.CLEAR, data + " is under " + licence + ", a permissive "
                    + "licence; its notice duties apply only if the data itself is redistributed.", cite, "");
            case ATTRIBUTION -> RuleOutcome.of(ID, RiskLevel.CLEAR, data + " is under " + licence + ", which allows "
                    + "any use, including commercial training, with attribution.", cite, "")
                    .oblige(ObligationKind.ATTRIBUTION, "Credit the creators of '" + d.name() + "' as " + licence
                            + " requires (name, licence, link, changes made) where the data or model is shared.");
            case SHARE_ALIKE -> RuleOutcome.of(ID, RiskLevel.MEDIUM, data + " is under " + licence + ", a "
                    + "share-alike licence. If a trained model counts as an adaptation of the data (unsettled), a "
                    + "shared model would have to be licensed under the same terms.", cite,
                    "Ask counsel whether the model is an adaptation; keep attribution either way.")
                    .oblige(ObligationKind.ATTRIBUTION, "Credit the creators of '" + d.name() + "' as " + licence
                            + " requires.");
            case NO_DERIVATIVES -> noDerivatives(input, data, licence, cite);
            case NON_COMMERCIAL -> nonCommercial(input, data, licence, cite);
            case COPYLEFT -> RuleOutcome.of(ID, RiskLevel.MEDIUM, data + " is under " + licence + ", a copyleft "
                    + "licence. Whether a model trained on it, or code it generates, is a derivative work is unsettled.",
                    cite, "Ask counsel; consider filtering copyleft material or keeping licence notices with outputs.");
            case AGREEMENT -> RuleOutcome.of(ID, RiskLevel.MEDIUM, data + " is under '" + licence + "', an agreement "
                    + "we cannot read. Whether it allows training a model, and on what conditions, is not recorded.",
                    cite, "Record the clause of the agreement that allows machine-learning training (section 9 "
                            + "of the guided walk) and have counsel confirm.");
            case UNRECOGNISED -> RuleOutcome.of(ID, RiskLevel.UNKNOWN, data + " is under '" + licence + "', a "
                    + "licence we do not recognise, so we cannot tell whether it allows training.", cite,
                    "Use an SPDX id in the license column, or record what the licence says about training.");
        };
        if (d.sourceType() == SourceType.WEB) {
            outcome.oblige(ObligationKind.NOTICE, "Keep crawl records for '" + d.name() + "' showing that "
                    + "machine-readable text-and-data-mining opt-outs were respected (EU copyright rules; AI Act "
                    + "Art. 53(1)(c) for general-purpose models).");
        }
        return outcome;
    }

    private static RuleOutcome noDerivatives(RuleInput input, String data, String licence,
                                             List<ClauseCitation> cite) {
        if (!input.modelMadeAvailable()) {
            return RuleOutcome.of(ID, RiskLevel.LOW, data + " is under " + licence + ", which allows making "
                    + "adaptations but not sharing them. The model is kept internal.", cite,
                    "Assess again before releasing the model.");
        }
        return RuleOutcome.of(ID, RiskLevel.MEDIUM, data + " is under " + licence + ", which forbids sharing "
                + "adaptations. If the model counts as an adaptation (unsettled), releasing it ("
                + input.project().distribution().id() + ") would breach the licence.", cite,
                "Ask counsel, or train the released model without this dataset.");
    }

    private static RuleOutcome nonCommercial(RuleInput input, String data, String licence,
                                             List<ClauseCitation> cite) {
        RuleOutcome outcome = input.project().commercial()
                ? RuleOutcome.of(ID, RiskLevel.HIGH, data + " is under " + licence + ", which allows only "
                        + "non-commercial use; the project is commercial.", cite,
                        "Remove the dataset from the commercial model's training, or license it for commercial use.")
                : RuleOutcome.of(ID, RiskLevel.LOW, data + " is under " + licence + ", which allows only "
                        + "non-commercial use; the project is non-commercial.", cite,
                        "Keep the model non-commercial; a commercial launch needs retraining without this data.");
        return outcome.oblige(ObligationKind.NON_COMMERCIAL, "Use '" + input.dataset().name()
                + "' for non-commercial purposes only (" + licence + ").");
    }
}
