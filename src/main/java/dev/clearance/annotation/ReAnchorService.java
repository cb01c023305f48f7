package dev.clearance.annotation;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.AnnotationRepository;
import dev.clearance.domain.terms.TermsRef;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Carries a project's annotations from one version of a document to a newer one when it arrives: each
 * annotation on {@code document@old} is re-anchored on {@code document@new} by {@link ReAnchorer} and saved
 * there with its new status, keeping the text the reviewer annotated as its previous anchor. All are saved in
 * one transaction. Running it again changes nothing: no annotation is left on the old version.
 */
public final class ReAnchorService {
    /** One annotation before and after, with how it was found. */
    public record Outcome(Annotation before, Annotation after, ReAnchorer.Result found) {
        /** The annotation's status after re-anchoring (the step's result, or worse if it was already worse). */
        public AnchorStatus status() {
            return after.status();
        }
    }

    /** What a run did: every annotation it carried, in position order. */
    public record Report(TermsRef from, TermsRef to, List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public Map<AnchorStatus, Integer> countsByStatus() {
            Map<AnchorStatus, Integer> counts = new EnumMap<>(AnchorStatus.class);
            for (AnchorStatus s : AnchorStatus.values()) {
                counts.put(s, 0);
            }
            outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
            return counts;
        }

        /** The ones a reviewer must read again (changed or orphaned). */
        public List<Outcome> needingReview() {
            return outcomes.stream().filter(o -> o.status().needsReview()).toList();
        }
    }

    private final AnnotationRepository repository;
    private final VersionTexts texts;
    private final Clock clock;

    public ReAnchorService(AnnotationRepository repository, VersionTexts texts, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Re-anchors every annotation of the project on {@code from} onto {@code to}.
     *
     * @throws AnnotationInputException when the two are not versions of one document, or a text is missing
     */
    public Report reAnchor(long projectId, TermsRef from, TermsRef to) {
        checkVersions(from, to);
        return carry(from, to, repository.listByTarget(projectId, from));
    }

    /**
     * What to call when a new version of a document arrives: re-anchors the annotations of every project on
     * {@code from} onto {@code to}, in one transaction. One report per project that had any, by project id.
     *
     * @throws AnnotationInputException when the two are not versions of one document, or a text is missing
     */
    public Map<Long, Report> reAnchorEveryProject(TermsRef from, TermsRef to) {
        checkVersions(from, to);
        Map<Long, List<Outcome>> byProject = new TreeMap<>();
        for (Outcome o : carry(from, to, repository.listByVersion(from)).outcomes()) {
            byProject.computeIfAbsent(o.before().projectId(), k -> new ArrayList<>()).add(o);
        }
        Map<Long, Report> out = new LinkedHashMap<>();
        byProject.forEach((project, outcomes) -> out.put(project, new Report(from, to, outcomes)));
        return out;
    }

    /**
     * What to call when the stored text of a version is replaced (a corrected copy under the same date):
     * every project's annotations on it are re-anchored from the text they were made on to the new one.
     */
    public Map<Long, Report> reAnchorReplacedText(TermsRef version, String replacedText) {
        List<Annotation> onIt = repository.listByVersion(version);
        Map<Long, Report> out = new LinkedHashMap<>();
        if (onIt.isEmpty()) {
            return out;
        }
        ReAnchorer reAnchorer = new ReAnchorer(replacedText, requireText(version));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<Long, List<Outcome>> byProject = new TreeMap<>();
        for (Annotation a : onIt) {
            ReAnchorer.Result r = reAnchorer.reAnchor(a);
            Annotation after = a.reanchored(version, r.start(), r.end(), r.exact(), r.prefix(), r.suffix(), r.status(), now);
            byProject.computeIfAbsent(a.projectId(), k -> new ArrayList<>()).add(new Outcome(a, after, r));
        }
        repository.saveAll(byProject.values().stream().flatMap(List::stream).map(Outcome::after).toList());
        byProject.forEach((project, outcomes) -> out.put(project, new Report(version, version, outcomes)));
        return out;
    }

    private static void checkVersions(TermsRef from, TermsRef to) {
        if (from.effectiveOn() == null || to.effectiveOn() == null || !from.documentId().equals(to.documentId())) {
            throw new AnnotationInputException("Re-anchoring goes from one version of a document to another: "
                    + from + " → " + to);
        }
        if (from.equals(to)) {
            throw new AnnotationInputException("Both versions are " + from);
        }
    }

    /** Re-anchors the given annotations (all on {@code from}) and saves them in one transaction. */
    private Report carry(TermsRef from, TermsRef to, List<Annotation> onOld) {
        if (onOld.isEmpty()) {
            return new Report(from, to, List.of());
        }
        ReAnchorer reAnchorer = new ReAnchorer(requireText(from), requireText(to));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Outcome> outcomes = new ArrayList<>();
        for (Annotation a : onOld) {
            ReAnchorer.Result r = reAnchorer.reAnchor(a);
            Annotation after = a.reanchored(to, r.start(), r.end(), r.exact(), r.prefix(), r.suffix(), r.status(), now);
            outcomes.add(new Outcome(a, after, r));
        }
        repository.saveAll(outcomes.stream().map(Outcome::after).toList());
        return new Report(from, to, outcomes);
    }

    private String requireText(TermsRef ref) {
        return texts.fullText(ref).orElseThrow(() -> new AnnotationInputException(ref
                + " has no stored full text; add it with 'terms add' before re-anchoring"));
    }
}
