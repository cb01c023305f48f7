package dev.clearance.terms.ota;

import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.TermsVersion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the shipped catalog says about where a version's text was recorded. The one place that reads a
 * catalog version's provenance, so that the sync follows the catalog as it grows one.
 */
final class CatalogRecords {
    private CatalogRecords() {
    }

    /** The recorded text a catalog version rests on. */
    static Optional<Provenance> provenance(TermsVersion version) {
        return version.provenance();
    }

    /**
     * The day the catalog's text of a version was recorded: its provenance's, else (a catalog without
     * provenance) the latest of its effective and publication dates, which no recording can predate.
     */
    static LocalDate recordedOn(TermsVersion version) {
        return provenance(version).map(Provenance::recordedOn).orElseGet(() -> version.publishedOn() != null
                && version.publishedOn().isAfter(version.effectiveOn()) ? version.publishedOn() : version.effectiveOn());
    }
}
