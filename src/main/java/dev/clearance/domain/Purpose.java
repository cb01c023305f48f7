package dev.clearance.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the model under review is for ({@code project.yaml: purpose}). */
public enum Purpose {
    GENERAL_ASSISTANT, DOMAIN_ASSISTANT, CODE_ASSISTANT, CLASSIFIER, EMBEDDING, OTHER;

    /** The contract spelling: kebab case ({@code "general-assistant"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Purpose> parse(String text) {
        return Vocabulary.parse(values(), text, Purpose::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Purpose::id);
    }
}
