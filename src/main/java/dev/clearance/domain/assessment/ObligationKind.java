package dev.clearance.domain.assessment;

import dev.clearance.domain.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a licence or terms version requires of a model trained on the outputs (DESIGN.md kinds). */
public enum ObligationKind {
    /** The model's name must begin with a prefix (e.g. "Llama"). */
    NAMING,
    /** A notice such as "Built with Llama" must be shown. */
    ATTRIBUTION,
    /** A copy of the licence must accompany the model or materials. */
    LICENCE_COPY,
    /** Use restrictions must be imposed on the model's recipients. */
    PASS_THROUGH,
    /** Above a number of monthly active users a separate licence is needed. */
    MAU_THRESHOLD,
    /** The model (or the data) may only be used for research or non-commercial purposes. */
    NON_COMMERCIAL,
    /** The provider's prior authorization is needed. */
    AUTHORIZATION,
    /** Something to record or tell others (modification notices, dataset notices, regulatory summaries). */
    NOTICE;

    /** The contract spelling: kebab case ({@code "licence-copy"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ObligationKind> parse(String text) {
        return Vocabulary.parse(values(), text, ObligationKind::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), ObligationKind::id);
    }
}
