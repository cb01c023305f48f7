package dev.clearance.domain.terms;

import dev.clearance.domain.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How sure the catalog is about an entry: read in the clause text itself, reported by others, or an
 * uncertain reading. Anything below {@link #VERIFIED} is shown as unverified in the UI and the report.
 */
public enum Confidence {
    /** Read in the clause text (primary copy or faithful mirror). */
    VERIFIED,
    /** Reported by a secondary source; not read in the clause text. */
    SECONDHAND,
    /** Not verified, or an interpretation that a lawyer should confirm. */
    UNCERTAIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isVerified() {
        return this == VERIFIED;
    }

    /** The less certain of two confidences. */
    public static Confidence weakest(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public static Optional<Confidence> parse(String text) {
        return Vocabulary.parse(values(), text, Confidence::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Confidence::id);
    }
}
