package dev.clearance.ui.annotations;

import dev.clearance.domain.terms.TermsRef;

/**
 * A terms version the reviewer can open: annotations anchor in versions with a full text (one a user stored,
 * or the recorded text the catalog ships); the others show the catalog's paraphrased clauses.
 *
 * @param annotationCount the project's annotations on this version
 * @param shippedText     the full text is the catalog's recorded text, not one a user stored
 */
public record VersionChoice(TermsRef ref, String documentTitle, boolean hasFullText, int annotationCount,
                            boolean shippedText) {
    public VersionChoice(TermsRef ref, String documentTitle, boolean hasFullText, int annotationCount) {
        this(ref, documentTitle, hasFullText, annotationCount, false);
    }

    /** "OpenAI Terms of Use · 2023-11-14". */
    public String label() {
        return documentTitle + " · " + ref.effectiveOn();
    }
}
