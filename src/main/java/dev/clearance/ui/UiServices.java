package dev.clearance.ui;

import dev.clearance.annotation.AnnotationService;
import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.SampleProject;
import dev.clearance.domain.SettingsRepository;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryExporter;
import dev.clearance.review.AssessmentService;
import dev.clearance.review.ReviewService;
import dev.clearance.review.TermsSyncService;
import dev.clearance.terms.TermsService;
import java.nio.file.Path;
import java.util.List;

/**
 * What the desktop app is given by the composition root: services and facts, never the store.
 *
 * @param databaseLocation where the database lives (shown in the status bar)
 * @param userName         who edits (recorded in the audit trail)
 * @param documents        opens files and links in the system viewer (absent under Monocle)
 * @param terms            which terms governed each dataset (catalog, registry and the user's documents)
 * @param checklistAnswers the answers of the guided walks, saved as they are entered
 * @param assessments      the rules run over a project as it stands, walk decisions included
 * @param annotations      reviewers' marks on the stored terms texts
 * @param reviews          the review lifecycle: readiness, acknowledgements, sign-off, what an export holds
 * @param reviewerKeys     the reviewers' signing keys (the local keystore)
 * @param packageExporter  writes the signed review package
 * @param termsSync        updates the terms from an Open Terms Archive clone (null: the menu item is off)
 */
public record UiServices(String version, Path databaseLocation, String schemaVersion, String userName,
                         ProjectRepository projects, DatasetRepository datasets, SettingsRepository settings,
                         AuditRepository audit, InventoryEditService edits, InventoryExporter exporter,
                         ProjectImporter importer, List<SampleProject> samples, DocumentOpener documents,
                         TermsService terms, ChecklistAnswerRepository checklistAnswers,
                         AssessmentService assessments, AnnotationService annotations, ReviewService reviews,
                         ReviewerKeys reviewerKeys, ReviewPackageExporter packageExporter,
                         TermsSyncService termsSync) {
}
