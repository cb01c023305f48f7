package dev.clearance.app;

import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.ReAnchorService;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.SettingsRepository;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsRepository;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcSettingsRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.checklist.ChecklistLoader;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.AnnotationsSource;
import dev.clearance.review.AssessmentService;
import dev.clearance.review.ReviewService;
import dev.clearance.review.TermsSyncService;
import dev.clearance.terms.ota.OtaSources;
import dev.clearance.terms.ota.OtaSync;
import dev.clearance.store.JdbcReviewRepository;
import dev.clearance.rules.Assessor;
import dev.clearance.terms.TermsService;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * The composition root's wiring: one database and the repositories and services on it. The database
 * is opened on first use, so {@code clearance --help} never touches it.
 */
final class Workspace implements AutoCloseable {
    private final Path location;
    private Database db;
    private ProjectRepository projects;
    private DatasetRepository datasets;
    private AuditRepository audit;
    private SettingsRepository settings;
    private TermsService terms;
    private AnnotationService annotations;
    private ReAnchorService reAnchoring;
    private final BiFunction<TermsRepository, Clock, TermsService> catalog;
    private final java.util.function.Function<Path, Database> opener;

    Workspace(Path location) {
        this(location, TermsService::withShippedData);
    }

    /** A workspace whose terms rest on another catalog than the shipped one (tests of an older catalog). */
    Workspace(Path location, BiFunction<TermsRepository, Clock, TermsService> catalog) {
        this(location, catalog, Database::open);
    }

    /** A workspace whose database is opened by {@code opener} (tests: through a file system that fails). */
    Workspace(Path location, BiFunction<TermsRepository, Clock, TermsService> catalog,
              java.util.function.Function<Path, Database> opener) {
        this.location = location;
        this.catalog = catalog;
        this.opener = opener;
    }

    Path location() {
        return location;
    }

    synchronized Database database() {
        if (db == null) {
            db = opener.apply(location);
            projects = new JdbcProjectRepository(db);
            datasets = new JdbcDatasetRepository(db);
            audit = new JdbcAuditRepository(db);
            settings = new JdbcSettingsRepository(db);
        }
        return db;
    }

    ProjectRepository projects() {
        database();
        return projects;
    }

    DatasetRepository datasets() {
        database();
        return datasets;
    }

    AuditRepository audit() {
        database();
        return audit;
    }

    SettingsRepository settings() {
        database();
        return settings;
    }

    /** The terms catalog and registry shipped with the app, plus the user's own documents in this database. */
    synchronized TermsService terms() {
        if (terms == null) {
            terms = catalog.apply(new JdbcTermsRepository(database()), Clock.systemDefaultZone());
            // A new text of a document carries every project's annotations over from the text before it.
            terms.onNewVersion(new TermsService.NewVersionListener() {
                @Override
                public List<String> newVersion(TermsRef previous, TermsRef added) {
                    return describe(reAnchoring().reAnchorEveryProject(previous, added));
                }

                @Override
                public List<String> textReplaced(TermsRef version, String replacedText) {
                    return describe(reAnchoring().reAnchorReplacedText(version, replacedText));
                }
            });
        }
        return terms;
    }

    ChecklistAnswerRepository checklistAnswers() {
        return new JdbcChecklistAnswerRepository(database());
    }

    /** Assessments of projects as they stand, with the shipped rules. */
    AssessmentService assessments() {
        return new AssessmentService(projects(), datasets(), terms(), checklistAnswers(), Assessor.standard());
    }

    private List<String> describe(java.util.Map<Long, ReAnchorService.Report> reports) {
        return reports.entrySet().stream().map(e -> describe(e.getKey(), e.getValue())).toList();
    }

    private String describe(long projectId, ReAnchorService.Report report) {
        String project = projects().findById(projectId).map(p -> p.name()).orElse("project " + projectId);
        var counts = report.countsByStatus();
        String route = report.from().equals(report.to()) ? "onto the replaced text of " + report.to()
                : "from " + report.from() + " onto " + report.to();
        return "re-anchored " + report.outcomes().size() + " annotation(s) of \"" + project + "\" " + route + ": " + counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().id()).collect(java.util.stream.Collectors.joining(", "))
                + (report.needingReview().isEmpty() ? "" : "; " + report.needingReview().size() + " need review");
    }

    /** A project's id by its name; empty when there is no such project. */
    OptionalLong projectId(String name) {
        return projects().findByName(name).map(p -> OptionalLong.of(p.id())).orElse(OptionalLong.empty());
    }

    /** Clause annotations on the stored terms texts of this database. */
    synchronized AnnotationService annotations() {
        if (annotations == null) {
            annotations = new AnnotationService(new JdbcAnnotationRepository(database()), VersionTexts.of(terms()),
                    Clock.systemDefaultZone());
        }
        return annotations;
    }

    /** Carries annotations onto new terms versions. */
    synchronized ReAnchorService reAnchoring() {
        if (reAnchoring == null) {
            reAnchoring = new ReAnchorService(new JdbcAnnotationRepository(database()), VersionTexts.of(terms()),
                    Clock.systemDefaultZone());
        }
        return reAnchoring;
    }

    /** The review lifecycle on this database; the package carries the project's clause annotations. */
    ReviewService reviews() {
        AnnotationsSource annotationsOfProject = projectId -> annotations()
                .exportJsonLd(projectId, "Clause annotations of project " + projects().findById(projectId)
                        .map(p -> p.name()).orElse(String.valueOf(projectId)))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new ReviewService(projects(), datasets(), terms(), checklistAnswers(), assessments(),
                new JdbcReviewRepository(database()), audit(), annotationsOfProject,
                ChecklistLoader.shipped(), Clock.systemUTC());
    }

    /** Updates the terms from a clone of an Open Terms Archive versions repository, then the reviews. */
    TermsSyncService termsSync() {
        OtaSources sources = OtaSources.loadShipped()
                .requireDocuments(terms().catalog().documents().stream().map(d -> d.id()).toList());
        return new TermsSyncService(new OtaSync(terms(), new JdbcTermsRepository(database()), sources, Clock.systemUTC()),
                reviews());
    }

    /** The reviewers' keystore, beside the database file ({@code keys.p12}); no database is opened. */
    ReviewerKeys reviewerKeys() {
        return new ReviewerKeys(location.toAbsolutePath().resolveSibling("keys.p12"), Clock.systemUTC());
    }

    ReviewPackageExporter packageExporter() {
        return new ReviewPackageExporter(reviewerKeys());
    }

    InventoryImportService inventory() {
        return new InventoryImportService(projects(), datasets(), audit());
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
            terms = null;
            annotations = null;
            reAnchoring = null;
        }
    }
}
