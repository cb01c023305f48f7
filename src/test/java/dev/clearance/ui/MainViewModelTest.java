package dev.clearance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.SourceType;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryExporter;
import dev.clearance.review.AssessmentService;
import dev.clearance.rules.Assessor;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.review.AssessmentService;
import dev.clearance.rules.Assessor;
import dev.clearance.terms.TermsService;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcSettingsRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.ProjectImporter.ImportOutcome;
import dev.clearance.ui.ProjectImporter.ImportRefusedException;
import dev.clearance.ui.ProjectImporter.Preview;
import dev.clearance.ui.workbench.Area;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's behaviour without the toolkit: view model + real H2 + an importer double. */
class MainViewModelTest {
    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    JdbcDatasetRepository datasets;
    JdbcSettingsRepository settings;
    ProjectImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        datasets = new JdbcDatasetRepository(db);
        settings = new JdbcSettingsRepository(db);
        // Imports a fixed one-dataset project, as the real importer would after parsing the file.
        importer = new FakeImporter();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Imports a fixed one-dataset project, as the real importer would after parsing the file. */
    class FakeImporter implements ProjectImporter {
        @Override
        public Preview preview(Path path, String name, ProgressMonitor monitor) {
            String project = "Imported " + path.getFileName();
            return new Preview(path, project, projects.findByName(project).isEmpty(), "1 dataset", List.of());
        }

        @Override
        public ImportOutcome commit(Preview preview, ProgressMonitor monitor) {
            long id = projects.findByName(preview.projectName())
                    .orElseGet(() -> projects.create(ProjectSettings.named(preview.projectName()))).id();
            datasets.saveAll(id, List.of(new Dataset("d1", "Chats", SourceType.HUMAN, "", "", "", null, "CC-BY-4.0",
                    List.of(), 10L, "", "", "", false)));
            return new ImportOutcome(preview.projectName(), "Imported 1 dataset", List.of());
        }
    }

    MainViewModel model() {
        JdbcAuditRepository audit = new JdbcAuditRepository(db);
        TermsService terms = TermsService.withShippedData(new JdbcTermsRepository(db), Clock.systemUTC());
        JdbcChecklistAnswerRepository answers = new JdbcChecklistAnswerRepository(db);
        return new MainViewModel(new UiServices("test", dir, "1", "tester", projects, datasets, settings, audit,
                new InventoryEditService(datasets, audit, Clock.systemUTC()), new InventoryExporter(projects, datasets),
                new ProjectImporter() {
                    @Override
                    public Preview preview(Path p, String n, ProgressMonitor m) {
                        return importer.preview(p, n, m);
                    }

                    @Override
                    public Preview preview(Path p, String n, boolean readLinksOutside, ProgressMonitor m) {
                        return importer.preview(p, n, readLinksOutside, m);
                    }

                    @Override
                    public ImportOutcome commit(Preview p, ProgressMonitor m) {
                        return importer.commit(p, m);
                    }
                }, List.of(), DocumentOpener.NONE, terms, answers,
                new AssessmentService(projects, datasets, terms, answers, Assessor.standard()),
                new AnnotationService(new JdbcAnnotationRepository(db), VersionTexts.of(terms), Clock.systemUTC()),
                null, null, null, null), // these tests never open the Review & Export area nor sync terms
                TaskRunner.IMMEDIATE);
    }

    @Test
    void aNewDatabaseStartsInTheFirstRunState() {
        MainViewModel vm = model();
        assertTrue(vm.start().emptyProperty().get());
        assertNull(vm.workbenchProperty().get());
    }

    @Test
    void importingOpensTheProjectAndRemembersTheFile() {
        MainViewModel vm = model();
        vm.importPath(dir.resolve("inventory.csv"), true);
        assertNotNull(vm.workbenchProperty().get());
        assertEquals("Imported inventory.csv", vm.workbenchProperty().get().project().name());
        assertEquals(1, vm.workbenchProperty().get().inventory().rows().size());
        assertEquals(List.of(dir.resolve("inventory.csv").toString()), vm.start().recentFiles());
        assertEquals("Imported 1 dataset", vm.statusProperty().get());
    }

    @Test
    void aRefusedImportShowsEveryProblemAndOpensNothing() {
        importer = new FakeImporter() {
            @Override
            public Preview preview(Path path, String name, ProgressMonitor monitor) {
                throw new ImportRefusedException("2 errors in inventory.csv; nothing was imported.",
                        List.of("inventory.csv:3:collected_on: \"2024-13-01\" is not a date",
                                "inventory.csv:5:id: duplicate id d1"));
            }
        };
        MainViewModel vm = model();
        vm.importPath(dir.resolve("inventory.csv"), true);
        assertNull(vm.workbenchProperty().get());
        MainViewModel.Problem p = vm.problemProperty().get();
        assertEquals("Import refused", p.title());
        assertEquals(2, p.details().size());
        assertTrue(vm.start().recentFiles().isEmpty(), "a refused file is not offered again as recent");
        assertTrue(projects.listSummaries().isEmpty());
    }

    /** A folder whose inventory.csv links to a file outside it: refused until the user agrees. */
    class LinkingFolderImporter extends FakeImporter {
        final List<Boolean> asked = new java.util.ArrayList<>();

        @Override
        public Preview preview(Path path, String name, boolean readLinksOutside, ProgressMonitor monitor) {
            asked.add(readLinksOutside);
            if (!readLinksOutside) {
                throw new ProjectImporter.LinksOutsideFolderException("The project folder " + path
                        + " links to a file outside it.", List.of("inventory.csv → /home/someone/secret.csv"));
            }
            return preview(path, name, monitor);
        }
    }

    @Test
    void aFolderLinkingOutsideItselfAsksTheUserAndByDefaultReadsNothing() {
        LinkingFolderImporter linking = new LinkingFolderImporter();
        importer = linking;
        MainViewModel vm = model();

        vm.importPath(dir.resolve("acme"), true);

        MainViewModel.OutsideLinks pending = vm.pendingOutsideLinksProperty().get();
        assertNotNull(pending, "the user is asked");
        assertEquals(List.of("inventory.csv → /home/someone/secret.csv"), pending.links());
        assertTrue(pending.message().contains("links to a file outside it"), pending.message());
        assertNull(vm.problemProperty().get(), "a question, not a refusal");
        assertNull(vm.workbenchProperty().get());

        vm.declineOutsideLinks();

        assertNull(vm.pendingOutsideLinksProperty().get());
        assertTrue(vm.statusProperty().get().contains("were not read; nothing was written"), vm.statusProperty().get());
        assertTrue(projects.listSummaries().isEmpty());
        assertTrue(vm.start().recentFiles().isEmpty());
        assertEquals(List.of(false), linking.asked);
    }

    @Test
    void aFolderLinkingOutsideItselfIsReadWhenTheUserSaysSo() {
        LinkingFolderImporter linking = new LinkingFolderImporter();
        importer = linking;
        MainViewModel vm = model();
        vm.importPath(dir.resolve("acme"), true);

        vm.readOutsideLinksAnyway();

        assertNull(vm.pendingOutsideLinksProperty().get());
        assertEquals(List.of(false, true), linking.asked);
        assertNotNull(vm.workbenchProperty().get());
        assertEquals("Imported acme", vm.workbenchProperty().get().project().name());
    }

    @Test
    void closingAProjectReturnsToTheListWithTheProjectInIt() {
        MainViewModel vm = model();
        vm.importPath(dir.resolve("inventory.csv"), true);
        vm.workbenchProperty().get().areaProperty().set(Area.FINDINGS);
        vm.closeProject();
        assertNull(vm.workbenchProperty().get());
        assertEquals(1, vm.start().projects().size());
        assertEquals(List.of("Imported inventory.csv"), vm.start().recentProjects());
    }

    @Test
    void aReimportWaitsForConfirmationAndCanBeCancelled() {
        MainViewModel vm = model();
        vm.importPath(dir.resolve("inventory.csv"), true);
        vm.closeProject();
        vm.importPath(dir.resolve("inventory.csv"), true);
        assertNotNull(vm.pendingImportProperty().get(), "a re-import is previewed first");
        assertNull(vm.workbenchProperty().get(), "nothing is opened before the user confirms");
        vm.cancelImport();
        assertNull(vm.pendingImportProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());

        vm.importPath(dir.resolve("inventory.csv"), true);
        vm.confirmImport();
        assertNotNull(vm.workbenchProperty().get());
    }

    @Test
    void theThemeChoiceIsRemembered() {
        model().toggleTheme();
        assertEquals(Optional.of("dark"), settings.get("ui.theme"));
        assertEquals(Theme.DARK, model().themeProperty().get());
    }

    @Test
    void openingAMissingProjectExplainsInsteadOfFailing() {
        MainViewModel vm = model();
        vm.openProject("Nope");
        assertNull(vm.workbenchProperty().get());
        assertEquals("Project not found", vm.problemProperty().get().title());
    }
}
