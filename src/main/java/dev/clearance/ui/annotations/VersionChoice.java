package dev.clearance.ui.annotations;

import dev.clearance.domain.terms.TermsRef;

/**
 * A terms version the reviewer can open: annotations anchor only in versions with a stored full text;
 * the others show the catalog's paraphrased clauses.
 *
 * @param annotationCount the project's annotations on this version
 */
public record VersionChoice(TermsRef ref, String documentTitle, boolean hasFullText, int annotationCount) {
    /** "OpenAI Terms of Use · 2023-11-14". */
    public String label() {
        return documentTitle + " · " + ref.effectiveOn();
    }
}
