package dev.clearance.domain.terms;

import dev.clearance.domain.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The overall stance of a terms version on training models with its outputs, for the rules engine. */
public enum Regime {
    /** Outputs may not be used to develop models that compete with the provider. */
    COMPETING_MODEL_BAN,
    /** Outputs may not be used to train or improve any (other) model. */
    ANY_MODEL_BAN,
    /** Allowed when conditions are met (naming, attribution, licence copy, thresholds). */
    CONDITIONAL,
    /** Allowed, but a model trained on outputs is a derivative that must carry the use restrictions. */
    PASS_THROUGH,
    /** Outputs (and models made with them) may only be used for research or non-commercial purposes. */
    NON_COMMERCIAL,
    /** No restriction on training with outputs (expressly allowed, or the licence is silent). */
    PERMITTED,
    /** The output-use clause has not been verified; treat as unknown until a lawyer checks. */
    UNVERIFIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Regime> parse(String text) {
        return Vocabulary.parse(values(), text, Regime::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Regime::id);
    }
}
