package dev.clearance.terms;

import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;

import java.util.Optional;

/**
 * One version as shown to a reviewer: the catalog entry (or the user's version) plus the stored full text
 * and detected clauses when a user added them.
 */
public record VersionView(TermsDocument document, TermsVersion version, Optional<StoredVersion> stored) {
    public boolean hasFullText() {
        return stored.isPresent() && !stored.get().fullText().isEmpty();
    }
}
