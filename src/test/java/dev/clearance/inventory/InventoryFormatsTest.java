package dev.clearance.inventory;

import static dev.clearance.inventory.ImportFixture.GOLDEN_DATASETS;
import static dev.clearance.inventory.ImportFixture.GOLDEN_PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden files: the same inventory in every format reads as the same datasets. */
class InventoryFormatsTest {
    @TempDir
    Path dir;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory.csv", "inventory.json", "inventory.yaml", "inventory.xlsx"})
    void everyFormatReadsTheGoldenInventory(String file) {
        ImportResult result = fixture.service.importPath(ImportFixture.resource("golden/" + file), "Golden Project",
                "ana", ProgressMonitor.NONE);

        assertEquals(4, result.datasetCount());
        assertEquals(GOLDEN_DATASETS, fixture.datasets.list(result.projectId()));
        assertTrue(result.warnings().isEmpty(), () -> "no warnings expected: " + result.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory.json", "inventory.yaml"})
    void jsonAndYamlCarryTheProjectBlock(String file) {
        ImportResult result = fixture.service.importPath(ImportFixture.resource("golden/" + file), null, "ana",
                ProgressMonitor.NONE);

        assertEquals("Golden Project", result.projectName());
        assertEquals(GOLDEN_PROJECT, fixture.projects.findById(result.projectId()).orElseThrow().settings());
    }

    @Test
    void aPreviewOfAJsonFileNamingItsProjectCountsEveryDatasetAsAdded() {
        ImportPreview preview = fixture.service.preview(ImportFixture.resource("golden/inventory.json"), null,
                ProgressMonitor.NONE);

        assertEquals("Golden Project", preview.projectName());
        assertTrue(preview.isNewProject());
        assertEquals(java.util.List.of("d1", "d2", "d3", "d4"), preview.changes().addedIds());
    }

    @Test
    void aFolderImportsProjectYamlAndItsInventoryAsOneProject() throws IOException {
        Path folder = dir.resolve("acme");
        Files.createDirectories(folder);
        Files.copy(ImportFixture.resource("golden/project.yaml"), folder.resolve("project.yaml"));
        Files.copy(ImportFixture.resource("golden/inventory.csv"), folder.resolve("inventory.csv"));

        ImportResult result = fixture.service.importPath(folder, null, "ana", ProgressMonitor.NONE);

        assertEquals(GOLDEN_PROJECT, fixture.projects.findById(result.projectId()).orElseThrow().settings());
        assertEquals(GOLDEN_DATASETS, fixture.datasets.list(result.projectId()));
    }

    @Test
    void theProjectOptionNamesTheProjectOverProjectYaml() throws IOException {
        Path folder = dir.resolve("acme");
        Files.createDirectories(folder);
        Files.copy(ImportFixture.resource("golden/project.yaml"), folder.resolve("project.yaml"));
        Files.copy(ImportFixture.resource("golden/inventory.yaml"), folder.resolve("inventory.yaml"));

        ImportResult result = fixture.service.importPath(folder, "Renamed", "ana", ProgressMonitor.NONE);

        ProjectSettings stored = fixture.projects.findById(result.projectId()).orElseThrow().settings();
        assertEquals(GOLDEN_PROJECT.withName("Renamed"), stored);
    }

    @Test
    void withoutAnyNameTheFileNameNamesTheProject() {
        Path file = fixture.write("vendor-inventory.csv", "id,name,source_type,license\nw1,Common Crawl slice,web,CC-BY-4.0\n");

        ImportResult result = fixture.service.importPath(file, null, "ana", ProgressMonitor.NONE);

        assertEquals("vendor-inventory", result.projectName());
        assertEquals(ProjectSettings.named("vendor-inventory"),
                fixture.projects.findById(result.projectId()).orElseThrow().settings());
    }

    @Test
    void headersAreMatchedLenientlyAndUnknownColumnsOnlyWarn() {
        Path file = fixture.write("inv.csv", "ID,Name,Source Type,License,Cost centre\nw1,Crawl,WEB,CC0-1.0,4711\n");

        ImportResult result = fixture.service.importPath(file, null, "ana", ProgressMonitor.NONE);

        assertEquals(1, result.datasetCount());
        assertEquals(1, result.warnings().size());
        assertEquals("inv.csv:1:Cost centre: Column \"Cost centre\" is not part of the inventory contract; it is ignored.",
                result.warnings().get(0).toString().replaceAll(" Hint:.*", ""));
    }
}
