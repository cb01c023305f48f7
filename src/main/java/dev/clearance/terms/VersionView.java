package dev.clearance.terms;

import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;

import java.util.Optional;

/**
 * One version as shown to a reviewer: the catalog entry (or the user's version), the text a user stored for
 * it with what the detector found, and the full text it can be read and annotated in: the stored text when
 * there is one, else the recorded text the catalog ships.
 *
 * @param fullText the full text; empty when the version has neither a stored nor a shipped text
 */
public record VersionView(TermsDocument document, TermsVersion version, Optional<StoredVersion> stored,
                          Optional<String> fullText) {
    public VersionView(TermsDocument document, TermsVersion version, Optional<StoredVersion> stored) {
        this(document, version, stored, stored.map(StoredVersion::fullText).filter(t -> !t.isEmpty()));
    }

    public boolean hasFullText() {
        return fullText.isPresent();
    }

    /** True when the full text is the recorded text shipped with the catalog (not one a user stored). */
    public boolean textIsShipped() {
        return fullText.isPresent() && stored.map(StoredVersion::fullText).filter(t -> !t.isEmpty()).isEmpty();
    }
}
