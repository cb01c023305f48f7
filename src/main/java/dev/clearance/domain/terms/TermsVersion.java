package dev.clearance.domain.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a terms document: when it was in force, where it comes from, the clauses that matter
 * for output use (in our words) and the structured facts the rules use.
 *
 * @param documentId   the document it belongs to
 * @param effectiveOn  the day it took effect; also its id ({@code document-id@YYYY-MM-DD})
 * @param inForceUntil the last day it was in force, null while it is current (or when unknown)
 * @param publishedOn  the day it was published or recorded, when different from {@code effectiveOn}; null otherwise
 * @param dateBasis    what {@code effectiveOn} rests on: {@code effective}, {@code published}, {@code recorded},
 *                     {@code month-only}, {@code first-catalogued-use} or {@code undated}
 * @param sourceUrl    where the text can be read
 * @param lastChecked  the day this entry was last checked against its sources
 * @param facts        structured facts for the rules
 * @param clauses      the clauses that matter for output use
 * @param notes        caveats for the reviewer; "" if none
 * @param source       the recorded text this version rests on; null for a version without one (a user's
 *                     typed-in version)
 * @param citations    for each fact the catalog states (by its field name, e.g. {@code regime}), the ids of the
 *                     clauses it comes from
 */
public record TermsVersion(String documentId, LocalDate effectiveOn, LocalDate inForceUntil, LocalDate publishedOn,
                           String dateBasis, String sourceUrl, LocalDate lastChecked, OutputUseFacts facts,
                           List<Clause> clauses, String notes, Provenance source,
                           Map<String, List<String>> citations) {
    /** A version without a recorded text or citations. */
    public TermsVersion(String documentId, LocalDate effectiveOn, LocalDate inForceUntil, LocalDate publishedOn,
                        String dateBasis, String sourceUrl, LocalDate lastChecked, OutputUseFacts facts,
                        List<Clause> clauses, String notes) {
        this(documentId, effectiveOn, inForceUntil, publishedOn, dateBasis, sourceUrl, lastChecked, facts, clauses,
                notes, null, Map.of());
    }

    public TermsVersion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        dateBasis = dateBasis == null || dateBasis.isBlank() ? "effective" : dateBasis;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        facts = facts == null ? OutputUseFacts.unverified() : facts;
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        notes = notes == null ? "" : notes;
        citations = citations == null ? Map.of() : Map.copyOf(citations);
    }

    /** The recorded text's provenance, when the version rests on one. */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(source);
    }

    /** True when the version's date is only the day its text was recorded, not an effective date it states. */
    public boolean datedByRecording() {
        return "recorded".equals(dateBasis);
    }

    /** The clause with this id. */
    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The clauses a fact cites (by the fact's field name); empty when it cites none. */
    public List<Clause> citedFor(String fact) {
        return citations.getOrDefault(fact, List.of()).stream().map(this::clause).flatMap(Optional::stream).toList();
    }

    public TermsRef ref() {
        return new TermsRef(documentId, effectiveOn);
    }

    /** Whether the version was in force on {@code day} (inclusive range; open-ended when current). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveOn) && (inForceUntil == null || !day.isAfter(inForceUntil));
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(inForceUntil);
    }

    /** The weakest confidence among the facts and the clauses. */
    public Confidence confidence() {
        Confidence c = facts.confidence();
        for (Clause clause : clauses) {
            c = Confidence.weakest(c, clause.confidence());
        }
        return c;
    }

    /** True when the facts and every clause were read in the clause text. */
    public boolean isVerified() {
        return confidence().isVerified();
    }

    /** Human-readable list of what is not verified, for the UI and the report; empty when all is verified. */
    public List<String> unverifiedItems() {
        List<String> items = new ArrayList<>();
        if (!facts.confidence().isVerified()) {
            items.add("output-use facts (" + facts.confidence().id() + ")");
        }
        for (Clause c : clauses) {
            if (!c.confidence().isVerified()) {
                items.add((c.section().isEmpty() ? c.heading() : "§" + c.section() + " " + c.heading()).strip()
                        + " (" + c.confidence().id() + ")");
            }
        }
        return List.copyOf(items);
    }

    public TermsVersion withInForceUntil(LocalDate until) {
        return new TermsVersion(documentId, effectiveOn, until, publishedOn, dateBasis, sourceUrl, lastChecked, facts,
                clauses, notes, source, citations);
    }
}
