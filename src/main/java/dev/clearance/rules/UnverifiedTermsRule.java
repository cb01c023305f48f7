package dev.clearance.rules;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.terms.Regime;
import java.util.List;

/**
 * Terms whose output clause nobody has verified make a dataset {@code unknown}; terms whose reading
 * rests partly on secondhand reports get a low note naming what to check.
 */
public final class UnverifiedTermsRule extends PerTermsRule {
    public static final String ID = "unverified-terms";
    public static final String FACTS_ID = "unverified-facts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean appliesTo(GoverningTerms terms) {
        return terms.facts().regime() == Regime.UNVERIFIED || !terms.version().isVerified();
    }

    @Override
    RuleOutcome evaluate(RuleInput input, GoverningTerms terms) {
        String where = terms.version().sourceUrl().isBlank() ? terms.document().sourceUrl() : terms.version().sourceUrl();
        String readIt = where.isBlank() ? "the live text" : "the live text (" + where + ")";
        if (terms.facts().regime() == Regime.UNVERIFIED) {
            String notes = terms.version().notes().isBlank() ? "" : " Catalog note: " + terms.version().notes();
            return RuleOutcome.of(ID, RiskLevel.UNKNOWN, "The output clause of " + terms.name()
                    + " has not been verified: we do not know whether it lets you train models on these outputs."
                    + notes, citeAll(terms),
                    "Have counsel read " + readIt + " and record what it says in the guided walk (section 3), "
                            + "or add the version with its text (clearance terms add) so it can be assessed.");
        }
        return RuleOutcome.of(FACTS_ID, RiskLevel.LOW, "Parts of the catalog's reading of " + terms.name()
                + " rest on secondhand reports or an uncertain reading: "
                + String.join(", ", terms.version().unverifiedItems())
                + ". The other findings for these terms depend on them.", citeUnverified(terms),
                "Check " + readIt + " before relying on these findings.");
    }

    private static List<ClauseCitation> citeAll(GoverningTerms terms) {
        if (terms.version().clauses().isEmpty()) {
            return List.of(ClauseCitation.wholeVersion(terms.version()));
        }
        return terms.version().clauses().stream().map(c -> ClauseCitation.of(terms.version(), c)).distinct().toList();
    }

    /** The clauses whose reading is not verified (the whole version when only the facts as a whole are not). */
    private static List<ClauseCitation> citeUnverified(GoverningTerms terms) {
        List<ClauseCitation> out = terms.version().clauses().stream().filter(c -> !c.confidence().isVerified())
                .map(c -> ClauseCitation.of(terms.version(), c)).distinct().toList();
        return out.isEmpty() ? List.of(ClauseCitation.wholeVersion(terms.version())) : out;
    }
}
