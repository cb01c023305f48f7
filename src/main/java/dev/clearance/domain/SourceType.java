package dev.clearance.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a dataset came from ({@code source_type}); synthetic and mixed data were produced by another model. */
public enum SourceType {
    HUMAN, LICENSED, WEB, PUBLIC_DATASET, SYNTHETIC, MIXED;

    /** The contract spelling: kebab case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when another model produced (some of) the data, so its output terms apply. */
    public boolean isModelGenerated() {
        return this == SYNTHETIC || this == MIXED;
    }

    public static Optional<SourceType> parse(String text) {
        return Vocabulary.parse(values(), text, SourceType::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), SourceType::id);
    }
}
