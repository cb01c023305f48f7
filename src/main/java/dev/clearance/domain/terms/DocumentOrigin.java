package dev.clearance.domain.terms;

import java.util.Locale;
import java.util.Optional;

/** Where a terms document comes from: the shipped catalog, or a user (e.g. a negotiated agreement). */
public enum DocumentOrigin {
    CATALOG, USER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentOrigin> parse(String text) {
        return dev.clearance.domain.Vocabulary.parse(values(), text, DocumentOrigin::id);
    }
}
