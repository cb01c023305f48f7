package dev.clearance.terms;

import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the version of a document that governed outputs generated on a given day: the version in force
 * on the dataset's {@code collected_on}. Without a date it takes the latest version and says so.
 */
public final class VersionSelector {

    /**
     * The chosen version and why the choice may need a second look.
     *
     * @param warnings plain-language warnings for the reviewer; empty when the choice is certain
     */
    public record Selection(TermsVersion version, List<String> warnings) {
        public Selection {
            Objects.requireNonNull(version, "version");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Selects the version of {@code document} in force on {@code collectedOn}.
     *
     * @param collectedOn the day the outputs were generated; null when unknown
     * @throws IllegalArgumentException when the document has no versions
     */
    public Selection select(TermsDocument document, LocalDate collectedOn) {
        List<TermsVersion> versions = document.versions();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("Document " + document.id() + " has no versions");
        }
        TermsVersion latest = versions.get(versions.size() - 1);
        List<String> warnings = new ArrayList<>();
        if (document.timeless()) {
            // A fixed licence text (MIT, Apache-2.0, a model's own licence): the date does not matter.
            return new Selection(latest, warnings);
        }
        if (collectedOn == null) {
            warnings.add("no collected_on: latest version used (" + latest.ref() + "); set collected_on to pick"
                    + " the version in force when the outputs were generated");
            return new Selection(latest, warnings);
        }
        for (TermsVersion v : versions) {
            if (v.inForceOn(collectedOn)) {
                return new Selection(v, warnings);
            }
        }
        TermsVersion earliest = versions.get(0);
        if (collectedOn.isBefore(earliest.effectiveOn())) {
            warnings.add("collected_on " + collectedOn + " is before the earliest catalogued version of "
                    + document.id() + " (" + earliest.effectiveOn() + "); that version was used, but the terms in"
                    + " force then are not in the catalog: add them with 'terms add' if you have them");
            return new Selection(earliest, warnings);
        }
        // In a gap: the newest version that had started had already ended.
        TermsVersion started = earliest;
        for (TermsVersion v : versions) {
            if (!v.effectiveOn().isAfter(collectedOn)) {
                started = v;
            }
        }
        warnings.add(started.ref() + " was no longer in force on " + collectedOn + " (it ended on "
                + started.inForceUntil() + "); it was used as the nearest earlier version: check which terms applied");
        return new Selection(started, warnings);
    }
}
