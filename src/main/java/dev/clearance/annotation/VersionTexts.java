package dev.clearance.annotation;

import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.TermsInputException;
import dev.clearance.terms.TermsService;

import java.util.Map;
import java.util.Optional;

/**
 * The full text of a terms version as it was added (positions of annotations count code points in it).
 * Empty when the version is unknown or has no text: a text a user stored, or the recorded text the catalog ships.
 */
@FunctionalInterface
public interface VersionTexts {
    Optional<String> fullText(TermsRef version);

    /** Texts users added through the terms feature, else the catalog's recorded texts. */
    static VersionTexts of(TermsService terms) {
        return ref -> {
            try {
                return terms.showVersion(ref).fullText();
            } catch (TermsInputException e) {
                return Optional.empty();
            }
        };
    }

    /** Fixed texts, for tests and previews. */
    static VersionTexts of(Map<TermsRef, String> texts) {
        return ref -> Optional.ofNullable(texts.get(ref));
    }
}
