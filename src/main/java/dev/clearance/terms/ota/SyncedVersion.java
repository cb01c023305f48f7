package dev.clearance.terms.ota;

import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;

import java.util.List;
import java.util.Objects;

/**
 * One version a sync stored, with its clause changes against the text before it.
 *
 * @param kind            what was stored
 * @param dateBasis       {@code effective} when the version date is the one the text states, {@code recorded}
 *                        when it is the recording day
 * @param source          the recording it rests on
 * @param previous        the version whose text it was compared with; null when there was no earlier text
 * @param detected        restricting or permitting clauses the detector found in the text
 * @param added           clauses (non-blank lines) added since {@code previous}
 * @param removed         clauses removed
 * @param changed         clauses changed
 * @param clauseChange    false when the detector finds the same clauses as in {@code previous}: a cosmetic
 *                        re-recording
 * @param superseded      commits of earlier recordings of the same version in this sync, replaced by this one
 */
public record SyncedVersion(TermsRef ref, Kind kind, String dateBasis, Provenance source, TermsRef previous,
                            int detected, int added, int removed, int changed, boolean clauseChange,
                            List<Tag> tagsIntroduced, List<Tag> tagsDropped, List<String> superseded) {
    public SyncedVersion {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        tagsIntroduced = List.copyOf(tagsIntroduced);
        tagsDropped = List.copyOf(tagsDropped);
        superseded = List.copyOf(superseded);
    }

    /** What a sync stored for a recording. */
    public enum Kind {
        /** A version the catalog and the database did not have. */
        NEW("new"),
        /** The first recorded text of a version the catalog lists without one (same stated date). */
        TEXT("text"),
        /** A later recording of a version whose text was stored: the stored text is replaced. */
        RE_RECORDED("re-recorded");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public String documentId() {
        return ref.documentId();
    }
}
