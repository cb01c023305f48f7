package dev.clearance.terms;

import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the version of a document that governed outputs generated on a given day: the version in force
 * on the dataset's {@code collected_on}, by the effective date each version's text states, or by the day
 * the text was recorded when it states none (and then says so). A day before the earliest catalogued
 * version gets no version at all: the terms in force then are not known, and guessing a later version
 * would be a wrong verdict. Without a date it takes the latest version and says so.
 */
public final class VersionSelector {

    /**
     * The chosen version and why the choice may need a second look; or, when no catalogued version was in
     * force on the day, no version and a message naming the gap.
     *
     * @param version  the chosen version; null when {@code gap} is set
     * @param warnings plain-language warnings for the reviewer; empty when the choice is certain
     * @param gap      why no version could be chosen; "" when one was
     */
    public record Selection(TermsVersion version, List<String> warnings, String gap) {
        public Selection {
            gap = gap == null ? "" : gap;
            if ((version == null) == gap.isEmpty()) {
                throw new IllegalArgumentException("a selection has a version or a gap, not both or neither");
            }
            warnings = List.copyOf(warnings);
        }

        public Selection(TermsVersion version, List<String> warnings) {
            this(Objects.requireNonNull(version, "version"), warnings, "");
        }

        static Selection gap(String message) {
            return new Selection(null, List.of(), message);
        }

        public boolean found() {
            return version != null;
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
            // A fixed licence text (MIT, Apache-2.0): the date does not matter.
            return new Selection(latest, warnings);
        }
        if (collectedOn == null) {
            warnings.add("no collected_on: latest version used (" + latest.ref() + "); set collected_on to pick"
                    + " the version in force when the outputs were generated");
            return new Selection(latest, warnings);
        }
        TermsVersion earliest = versions.get(0);
        if (collectedOn.isBefore(earliest.effectiveOn())) {
            return Selection.gap("collected_on " + collectedOn + " is before the earliest catalogued version of "
                    + document.id() + " (" + earliest.ref() + (earliest.datedByRecording()
                    ? ", first recorded on that day" : ", effective that day") + "): the terms in force on "
                    + collectedOn + " are not in the catalog, so no verdict can rest on them. Add that version with"
                    + " 'terms add FILE --document " + document.id() + " --version YYYY-MM-DD' or 'terms sync', or pin"
                    + " the dataset's terms to a version you have checked applies");
        }
        TermsVersion chosen = null;
        for (TermsVersion v : versions) {
            if (v.inForceOn(collectedOn)) {
                chosen = v;
                break;
            }
        }
        if (chosen == null) {
            // In a gap: the newest version that had started had already ended.
            TermsVersion started = earliest;
            for (TermsVersion v : versions) {
                if (!v.effectiveOn().isAfter(collectedOn)) {
                    started = v;
                }
            }
            return Selection.gap(started.ref() + " was no longer in force on " + collectedOn + " (it ended on "
                    + started.inForceUntil() + ") and no later catalogued version had started: the terms in force"
                    + " then are not in the catalog");
        }
        if (chosen.datedByRecording()) {
            warnings.add(chosen.ref() + " is dated by the day its text was recorded (" + chosen.effectiveOn()
                    + "); the text states no effective date, so it may have applied earlier");
        }
        int next = versions.indexOf(chosen) + 1;
        if (next < versions.size() && versions.get(next).datedByRecording()) {
            TermsVersion after = versions.get(next);
            warnings.add("the next version, " + after.ref() + ", states no effective date and was first recorded on "
                    + after.effectiveOn() + ": it may already have applied on " + collectedOn);
        }
        return new Selection(chosen, warnings);
    }
}
