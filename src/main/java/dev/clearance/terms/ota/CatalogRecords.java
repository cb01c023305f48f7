package dev.clearance.terms.ota;

import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.TermsVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the shipped catalog says about where a version's text was recorded. The one place that reads a
 * catalog version's provenance, so that the sync follows the catalog as it grows one.
 */
final class CatalogRecords {
    private static final String TEXTS = "/assets/terms/texts/";

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

    /** The text shipped under {@code assets/terms/texts/} for a version, when its provenance names one. */
    static Optional<String> shippedText(TermsVersion version) {
        Optional<String> file = provenance(version).map(Provenance::textFile).filter(f -> !f.isEmpty());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = CatalogRecords.class.getResourceAsStream(TEXTS + file.get())) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
