package dev.clearance.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.checklist.ChecklistLoader;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.rules.Assessor;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcReviewRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.domain.terms.TermsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * A real H2 database with the shipped catalog, rules and checklist, a sample project imported, and a
 * reviewer who can answer every required question: the setting of the review and package tests.
 */
public final class ReviewFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public final Database db;
    public final SteppingClock clock = new SteppingClock(START);
    public final JdbcProjectRepository projects;
    public final JdbcDatasetRepository datasets;
    public final JdbcChecklistAnswerRepository answers;
    public final JdbcReviewRepository reviewRepository;
    public final JdbcAuditRepository audit;
    public final TermsService terms;
    public final ReviewService reviews;
    private final InventoryImportService importer;

    public ReviewFixture(Path dir) {
        this(dir, AnnotationsSource.NONE);
    }

    public ReviewFixture(Path dir, AnnotationsSource annotations) {
        this(dir, annotations, TermsService::withShippedData);
    }

    /** A fixture on another catalog than the shipped one, e.g. {@link dev.clearance.terms.CatalogAsOf#endOf2025}. */
    public ReviewFixture(Path dir, BiFunction<TermsRepository, Clock, TermsService> catalog) {
        this(dir, AnnotationsSource.NONE, catalog);
    }

    public ReviewFixture(Path dir, AnnotationsSource annotations, BiFunction<TermsRepository, Clock, TermsService> catalog) {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        datasets = new JdbcDatasetRepository(db);
        answers = new JdbcChecklistAnswerRepository(db);
        reviewRepository = new JdbcReviewRepository(db);
        audit = new JdbcAuditRepository(db);
        terms = catalog.apply(new JdbcTermsRepository(db), clock);
        importer = new InventoryImportService(projects, datasets, audit);
        AssessmentService assessments = new AssessmentService(projects, datasets, terms, answers, Assessor.standard());
        reviews = new ReviewService(projects, datasets, terms, answers, assessments, reviewRepository, audit, annotations,
                ChecklistLoader.shipped(), clock);
    }

    /** Imports a bundled sample project; returns its name. */
    public String importSample(String folder) {
        Path samples = Path.of(System.getProperty("clearance.sampleProjects", "sample-projects"));
        return importer.importPath(samples.resolve(folder), null, "importer@acme", ProgressMonitor.NONE).projectName();
    }

    /** Imports an inventory file or folder under a name. */
    public String importPath(Path path, String name) {
        return importer.importPath(path, name, "importer@acme", ProgressMonitor.NONE).projectName();
    }

    /** Confirms an answer to every required question and acknowledges every unknown finding, as counsel would. */
    public void completeReview(String project, String reviewer) {
        ReviewStatus status = reviews.status(project).orElseThrow();
        long projectId = status.project().id();
        for (JsonNode channel : status.content().path("channels")) {
            for (JsonNode a : channel.path("answers")) {
                if (a.path("required").asBoolean() && !a.path("status").asText().equals("confirmed")) {
                    answers.save(projectId, channel.path("walk").asText(), new ChecklistAnswer(a.path("question").asText(),
                            "no", AnswerStatus.CONFIRMED, null, "Checked with the data team", reviewer, clock.instant()));
                }
            }
        }
        for (JsonNode d : status.content().path("assessment").path("datasets")) {
            for (JsonNode f : d.path("findings")) {
                if (f.path("level").asText().equals("unknown")) {
                    reviews.acknowledgeUnknown(project, d.path("id").asText(), f.path("rule").asText(), reviewer,
                            "Generator recorded in the data room");
                }
            }
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
