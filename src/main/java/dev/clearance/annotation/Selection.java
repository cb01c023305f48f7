package dev.clearance.annotation;

import dev.clearance.domain.terms.TermsRef;

import java.util.Objects;

/**
 * What a reviewer selected in a version's full text: a range in code points (end exclusive) and the text
 * they saw there, which the service checks so that a stale view cannot annotate the wrong words.
 * The UI converts its UTF-16 indices with {@link CodePoints#toCodePointOffset}.
 */
public record Selection(TermsRef version, int start, int end, String seenText) {
    public Selection {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(seenText, "seenText");
    }
}
