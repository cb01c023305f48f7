package dev.clearance.terms;

import dev.clearance.domain.terms.TermsRef;

/**
 * A diff between two versions of one document.
 *
 * @param basis {@code full-text} when both versions have stored texts; {@code catalog-clauses} when two
 *              catalogued versions were compared through their paraphrased clauses
 */
public record DiffResult(TermsRef from, TermsRef to, String basis, VersionDiff diff) {
}
