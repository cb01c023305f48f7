package dev.clearance.domain.terms;

import dev.clearance.domain.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed vocabulary for what a clause says about using a provider's outputs. The catalog, the
 * restriction detector and user annotations all use these ids; nothing else is accepted.
 */
public enum Tag {
    /** Outputs may not be used to develop models (or products) that compete with the provider. */
    COMPETING_MODEL_BAN,
    /** Outputs may not be used to train or improve any (other) model, competing or not. */
    ANY_MODEL_BAN,
    /** The text grants or confirms the right to use outputs (ownership, assignment, express permission). */
    OUTPUT_USE_PERMITTED,
    /** A model built with the materials or outputs must carry a name prefix. */
    NAMING_CONDITION,
    /** A notice such as "Built with ..." must be shown. */
    ATTRIBUTION,
    /** A copy of the licence or agreement must accompany redistribution. */
    LICENCE_COPY,
    /** Use restrictions travel with derivatives and must be imposed on downstream users. */
    PASS_THROUGH,
    /** A definition of derivative (or similar) that reaches models trained on outputs. */
    DERIVATIVE_DEFINITION,
    /** Use is limited to research or non-commercial purposes. */
    NON_COMMERCIAL,
    /** A monthly-active-user (or similar scale) threshold above which a separate licence is needed. */
    MAU_THRESHOLD,
    /** A carve-out from a restriction (e.g. OpenAI's Permitted Exceptions). */
    PERMITTED_EXCEPTION,
    /** The restricted use is allowed only with the provider's prior authorization or approval. */
    AUTHORIZATION_REQUIRED,
    /** How long the provider keeps inputs and outputs. */
    RETENTION,
    /** Which obligations survive termination. */
    SURVIVAL,
    /** Reverse engineering, decompiling, model extraction. */
    REVERSE_ENGINEERING,
    /** Scraping or automated/programmatic extraction of outputs. */
    SCRAPING;

    /** The contract spelling: kebab case ({@code "competing-model-ban"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Tag> parse(String text) {
        return Vocabulary.parse(values(), text, Tag::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Tag::id);
    }
}
