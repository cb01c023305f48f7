package dev.clearance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.SourceType;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcSettingsRepository;
import dev.clearance.ui.ProjectImporter.ImportOutcome;
import dev.clearance.ui.ProjectImporter.ImportRefusedException;
import dev.clearance.ui.workbench.Area;
import java.nio.file.Path;
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
        importer = (path, name, monitor) -> {
            long id = projects.create(ProjectSettings.named("Imported " + path.getFileName())).id();
            datasets.saveAll(id, List.of(new Dataset("d1", "Chats", SourceType.HUMAN, "", "", "", null, "CC-BY-4.0",
                    List.of(), 10L, "", "", "", false)));
            return new ImportOutcome("Imported " + path.getFileName(), "Imported 1 dataset", List.of());
        };
    }

    @AfterEach
    void close() {
        db.close();
    }

    MainViewModel model() {
        return new MainViewModel(new UiServices("test", dir, "1", "tester", projects, datasets, settings,
                (p, n, m) -> importer.importPath(p, n, m), List.of(), DocumentOpener.NONE), TaskRunner.IMMEDIATE);
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
        assertEquals(1, vm.workbenchProperty().get().datasets().size());
        assertEquals(List.of(dir.resolve("inventory.csv").toString()), vm.start().recentFiles());
        assertEquals("Imported 1 dataset", vm.statusProperty().get());
    }

    @Test
    void aRefusedImportShowsEveryProblemAndOpensNothing() {
        importer = (path, name, monitor) -> {
            throw new ImportRefusedException("2 errors in inventory.csv; nothing was imported.",
                    List.of("inventory.csv:3:collected_on: \"2024-13-01\" is not a date", "inventory.csv:5:id: duplicate id d1"));
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
