package dev.clearance.review;

import dev.clearance.domain.Digests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.checklist.Checklist;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.review.Acknowledgement;
import dev.clearance.domain.review.Review;
import dev.clearance.domain.review.ReviewRepository;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import dev.clearance.inventory.InventoryExporter;
import dev.clearance.inventory.InventoryFormat;
import dev.clearance.terms.Resolution;
import dev.clearance.terms.TermsService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review lifecycle of a project: {@code draft → ready → signed-off}, then a new revision when the
 * reviewer's inputs change, or {@code stale} when only the terms or rules it relied on changed.
 *
 * <p>The lifecycle is brought up to date whenever a project's review is looked at ({@link #status}):
 * the first look opens revision 1; a signed-off revision whose inputs (project settings, inventory,
 * checklist answers, acknowledgements, annotations) differ from its snapshot is followed by a new draft
 * revision that carries the work over (answers live per project, not per revision); a signed-off
 * revision whose inputs are unchanged but whose derived conclusions (terms versions, cited clauses,
 * findings) differ becomes stale, with the changes listed. Every transition is an audit event.
 */
public final class ReviewService {
    /** The actor recorded for transitions the tool makes itself (draft ↔ ready, stale). */
    public static final String TOOL_ACTOR = "clearance";

    private final ProjectRepository projects;
    private final DatasetRepository datasets;
    private final TermsService terms;
    private final ChecklistAnswerRepository answers;
    private final AssessmentService assessments;
    private final ReviewRepository reviews;
    private final AuditRepository audit;
    private final AnnotationsSource annotations;
    private final Checklist checklist;
    private final Clock clock;

    public ReviewService(ProjectRepository projects, DatasetRepository datasets, TermsService terms,
                         ChecklistAnswerRepository answers, AssessmentService assessments, ReviewRepository reviews,
                         AuditRepository audit, AnnotationsSource annotations, Checklist checklist, Clock clock) {
        this.projects = projects;
        this.datasets = datasets;
        this.terms = terms;
        this.answers = answers;
        this.assessments = assessments;
        this.reviews = reviews;
        this.audit = audit;
        this.annotations = annotations;
        this.checklist = checklist;
        this.clock = clock;
    }

    /** The project's current review, brought up to date; empty when there is no such project. */
    public Optional<ReviewStatus> status(String projectName) {
        return projects.findByName(projectName).map(this::status);
    }

    /**
     * What a sign-off would meet, without writing anything (no revision opened, no state recorded): the revision
     * it would go on and whether that revision is ready. A refused sign-off or export leaves the database as it was.
     *
     * @param revision  the revision a sign-off would sign: the signed-off one while it still holds, else the
     *                  next one or the current draft
     * @param readiness what that revision lacks; empty when it is ready
     */
    public record Preview(int revision, Readiness readiness) {
    }

    /** {@link Preview} of a project; empty when there is no such project. */
    public Optional<Preview> preview(String projectName) {
        return projects.findByName(projectName).map(project -> {
            Live live = live(project);
            Optional<Review> latest = reviews.latest(project.id());
            if (latest.isPresent() && latest.get().state().isSignedOff()) {
                JsonNode signed = CanonicalJson.parse(latest.get().snapshot(), "the signed-off snapshot");
                boolean holds = latest.get().state() == ReviewState.SIGNED_OFF
                        && !ReviewJson.differIn(signed, live.content, ReviewContent.INPUT_FIELDS)
                        && ReviewJson.derivedChanges(signed, live.content).isEmpty();
                return holds ? new Preview(latest.get().revision(), new Readiness(List.of()))
                        : new Preview(latest.get().revision() + 1, readiness(live));
            }
            return new Preview(latest.map(Review::revision).orElse(1), readiness(live));
        });
    }

    public ReviewStatus status(Project project) {
        Live live = live(project);
        Review review = reviews.latest(project.id()).orElseGet(() -> open(project, 1, null));
        if (review.state().isSignedOff()) {
            JsonNode signed = CanonicalJson.parse(review.snapshot(), "the signed-off snapshot");
            if (ReviewJson.differIn(signed, live.content, ReviewContent.INPUT_FIELDS)) {
                review = open(project, review.revision() + 1, review);
            } else {
                List<String> changes = ReviewJson.derivedChanges(signed, live.content);
                if (!changes.isEmpty() && review.state() == ReviewState.SIGNED_OFF) {
                    reviews.updateState(review.id(), ReviewState.STALE);
                    record(project, TOOL_ACTOR, "review.stale", review, ReviewState.SIGNED_OFF.id(),
                            ReviewState.STALE.id() + ": " + String.join("; ", changes));
                    review = review.withState(ReviewState.STALE);
                }
                return new ReviewStatus(project, review, new Readiness(List.of()), changes, (ObjectNode) signed,
                        live.inventoryCsv, live.annotations);
            }
        }
        Readiness readiness = readiness(live);
        ReviewState wanted = readiness.isReady() ? ReviewState.READY : ReviewState.DRAFT;
        if (review.state() != wanted) {
            reviews.updateState(review.id(), wanted);
            record(project, TOOL_ACTOR, "review.state", review, review.state().id(), wanted.id());
            review = review.withState(wanted);
        }
        return new ReviewStatus(project, review, readiness, List.of(), live.content, live.inventoryCsv, live.annotations);
    }

    /** A signed-off revision that became stale: the terms or rules it relied on changed. */
    public record StaleReview(String project, int revision, List<String> changes) {
        public StaleReview {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Brings every signed-off review up to date after the terms changed (a terms sync), as looking at it
     * would: a revision whose cited terms, clauses or findings changed becomes stale. Returns those that
     * became stale now; projects never signed off are left alone.
     */
    public List<StaleReview> refreshSignedOff() {
        List<StaleReview> stale = new ArrayList<>();
        for (var summary : projects.listSummaries()) {
            Optional<Project> project = projects.findById(summary.id());
            if (project.isEmpty() || reviews.latest(project.get().id()).map(r -> r.state() != ReviewState.SIGNED_OFF)
                    .orElse(true)) {
                continue;
            }
            ReviewStatus status = status(project.get());
            if (status.review().state() == ReviewState.STALE) {
                stale.add(new StaleReview(project.get().name(), status.review().revision(), status.staleChanges()));
            }
        }
        return stale;
    }

    /**
     * What a reader of an assessment must know about the project's signed-off review, one line each: that
     * it is stale and what changed, or that its inputs changed and a new revision is open. Empty when the
     * project was never signed off (looking does not open a first review).
     */
    public List<String> notices(String projectName) {
        Optional<Project> project = projects.findByName(projectName);
        boolean everSigned = project.map(p -> reviews.list(p.id()).stream().anyMatch(r -> r.state().isSignedOff()))
                .orElse(false);
        if (!everSigned) {
            return List.of();
        }
        ReviewStatus status = status(project.get());
        Review review = status.review();
        List<String> lines = new ArrayList<>();
        if (review.state() == ReviewState.STALE) {
            lines.add("revision " + review.revision() + " is " + review.state().label() + ":");
            status.staleChanges().forEach(c -> lines.add("  " + c));
        } else if (!review.state().isSignedOff()) {
            lines.add("revision " + review.revision() + " is " + review.state().label()
                    + "; the signed-off revision no longer matches the project");
        } else {
            lines.add("revision " + review.revision() + " is signed off by " + String.join(", ",
                    review.signOffs().stream().map(s -> s.reviewer() + " (" + s.role() + ")").toList()));
        }
        return lines;
    }

    /**
     * Records that a reviewer accepts an {@code unknown} finding as it stands.
     *
     * @throws IllegalArgumentException when the project has no such unknown finding
     */
    public void acknowledgeUnknown(String projectName, String datasetId, String rule, String by, String note) {
        Project project = projects.findByName(projectName)
                .orElseThrow(() -> new IllegalArgumentException("There is no project named '" + projectName + "'"));
        ProjectAssessment assessment = assessments.assess(project);
        boolean exists = assessment.datasets().stream().filter(d -> d.datasetId().equals(datasetId))
                .flatMap(d -> d.findings().stream()).anyMatch(f -> f.rule().equals(rule) && f.level() == RiskLevel.UNKNOWN);
        if (!exists) {
            throw new IllegalArgumentException("Dataset '" + datasetId + "' has no unknown finding '" + rule + "'");
        }
        Instant now = clock.instant();
        reviews.acknowledge(project.id(), new Acknowledgement(datasetId, rule, by, note, now));
        audit.append(new AuditEvent(project.id(), now, by, "review.acknowledged", "finding:" + datasetId + "/" + rule,
                RiskLevel.UNKNOWN.id(), note.isBlank() ? "acknowledged" : "acknowledged: " + note));
    }

    /**
     * Signs off the current revision. A ready revision is frozen with its first sign-off; a signed-off
     * one takes further sign-offs (counsel, then the founder) on the same frozen snapshot. A stale one
     * is first followed by a new revision, which must be ready again.
     *
     * @param certificateFingerprint SHA-256 of the reviewer's certificate, lower-case hex
     * @throws ReviewNotReadyException when the revision is a draft, listing what is missing
     */
    public ReviewStatus signOff(String projectName, String reviewer, String role, String statement,
                                String certificateFingerprint) {
        Project project = projects.findByName(projectName)
                .orElseThrow(() -> new IllegalArgumentException("There is no project named '" + projectName + "'"));
        Preview preview = preview(projectName).orElseThrow();
        if (!preview.readiness().isReady()) {
            // Refused before anything is written: no revision opened, no state recorded.
            throw new ReviewNotReadyException("Revision " + preview.revision() + " of '" + projectName
                    + "' is not ready for sign-off", preview.readiness().missing());
        }
        ReviewStatus status = status(project);
        Review review = status.review();
        if (review.state() == ReviewState.STALE) {
            open(project, review.revision() + 1, review);
            status = status(project);
            review = status.review();
        }
        if (review.state() == ReviewState.DRAFT) {
            throw new ReviewNotReadyException("Revision " + review.revision() + " of '" + projectName
                    + "' is not ready for sign-off", status.readiness().missing());
        }
        boolean already = review.signOffs().stream().anyMatch(s -> s.reviewer().equals(reviewer) && s.role().equals(role));
        if (already) {
            throw new ReviewNotReadyException(reviewer + " (" + role + ") has already signed off revision "
                    + review.revision(), List.of());
        }
        SignOff signOff = new SignOff(reviewer, role, statement, certificateFingerprint, clock.instant());
        String snapshot = CanonicalJson.text(status.content());
        Review signed = reviews.signOff(review.id(), review.snapshot() == null ? snapshot : review.snapshot(), signOff);
        audit.append(new AuditEvent(project.id(), signOff.signedAt(), reviewer, "review.signed-off",
                "review:revision " + review.revision(), review.state().id(),
                ReviewState.SIGNED_OFF.id() + " by " + reviewer + " (" + role + "), certificate " + certificateFingerprint));
        return new ReviewStatus(project, signed, new Readiness(List.of()), List.of(), status.content(),
                status.inventoryCsv(), status.annotations());
    }

    /** The files of the project's current revision for a review package; empty when there is no such project. */
    public Optional<ReviewExport> export(String projectName) {
        return status(projectName).map(this::export);
    }

    public ReviewExport export(ReviewStatus status) {
        Review review = status.review();
        byte[] json = ReviewJson.compose(status.content(), review, status.staleChanges(), audit.list(status.project().id()));
        return new ReviewExport(status.project().name(), review.revision(), review.state(), json, status.inventoryCsv(),
                status.annotations(), review.signOffs());
    }

    /** What a draft lacks: reviewer answers to required questions, acknowledgements of unknown findings. */
    private Readiness readiness(Live live) {
        List<String> missing = new ArrayList<>();
        for (ProjectWalks.ReviewedWalk w : live.walks.all()) {
            Map<String, ChecklistAnswer> given = live.answersByWalk.getOrDefault(w.id(), List.of()).stream()
                    .collect(Collectors.toMap(ChecklistAnswer::questionId, a -> a, (a, b) -> b));
            for (ChecklistQuestion q : w.questions()) {
                ChecklistAnswer a = given.get(q.id());
                if (q.required() && (a == null || !a.isReviewerDecision())) {
                    missing.add(w.id() + ": \"" + q.text() + "\" (" + q.id() + ") "
                            + (a == null ? "is not answered" : "is only suggested, not confirmed"));
                }
            }
        }
        Set<String> acknowledged = live.acknowledgements.stream().map(Acknowledgement::key).collect(Collectors.toSet());
        for (DatasetAssessment d : live.assessment.datasets()) {
            for (Finding f : d.findings()) {
                if (f.level() == RiskLevel.UNKNOWN && !acknowledged.contains(d.datasetId() + "/" + f.rule())) {
                    missing.add("dataset " + d.datasetId() + ": unknown finding " + f.rule() + " is not acknowledged");
                }
            }
        }
        return new Readiness(missing);
    }

    private Review open(Project project, int revision, Review previous) {
        Review opened = reviews.open(project.id(), revision, clock.instant());
        record(project, TOOL_ACTOR, "review.opened", opened,
                previous == null ? null : "revision " + previous.revision() + " " + previous.state().id(),
                "revision " + revision + " " + ReviewState.DRAFT.id()
                        + (previous == null ? "" : " (inputs changed since sign-off; answers carried over)"));
        return opened;
    }

    private void record(Project project, String actor, String action, Review review, String oldValue, String newValue) {
        audit.append(new AuditEvent(project.id(), clock.instant(), actor, action, "review:revision " + review.revision(),
                oldValue, newValue));
    }

    /** The project as it stands now: assessment, walks, answers, acknowledgements, annotations, inventory. */
    private Live live(Project project) {
        // Datasets from the same model, channel, date and override resolve alike: once per key for both uses.
        Map<List<Object>, Resolution> resolved = new HashMap<>();
        Function<Dataset, Resolution> resolver = d -> resolved.computeIfAbsent(List.of(d.generatorModel(),
                d.generatorProvider(), d.access(), String.valueOf(d.collectedOn()), d.terms()), k -> terms.resolve(d));
        ProjectAssessment assessment = assessments.assess(project, resolver);
        Map<String, List<ChecklistAnswer>> byWalk = answers.listByWalk(project.id());
        ProjectWalks walks = ProjectWalks.of(project, datasets, resolver, checklist, byWalk.keySet());
        List<Acknowledgement> acks = reviews.acknowledgements(project.id());
        byte[] annotationBytes = annotations.jsonLd(project.id());
        JsonNode annotationTree = CanonicalJson.parse(annotationBytes, "The annotations of '" + project.name() + "'");
        byte[] csv = inventoryCsv(project);
        ObjectNode content = ReviewContent.build(project.settings(), assessment, walks, byWalk, acks, annotationTree,
                Digests.sha256Hex(csv));
        content.set("recordedAnswers", ReviewContent.recordedAnswers(byWalk));
        // Compared with snapshots read back from text: give it the same node types (40000 is an int, not a long).
        ObjectNode normalised = (ObjectNode) CanonicalJson.parse(CanonicalJson.bytes(content), "the review content");
        return new Live(assessment, walks, byWalk, acks, normalised, csv, annotationBytes);
    }

    private byte[] inventoryCsv(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new InventoryExporter(projects, datasets).export(project.id(), InventoryFormat.CSV, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Live(ProjectAssessment assessment, ProjectWalks walks, Map<String, List<ChecklistAnswer>> answersByWalk,
                        List<Acknowledgement> acknowledgements, ObjectNode content, byte[] inventoryCsv,
                        byte[] annotations) {
    }
}
