package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.SourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Export writes the contract's shape; exporting and importing again gives the same data. */
class InventoryExporterTest {
    @TempDir
    Path dir;
    ImportFixture fixture;
    InventoryExporter exporter;
    long projectId;

    @BeforeEach
    void importTheGoldenInventory() {
        fixture = new ImportFixture(dir);
        exporter = new InventoryExporter(fixture.projects, fixture.datasets);
        projectId = fixture.service.importPath(ImportFixture.resource("golden/inventory.json"), null, "ana",
                ProgressMonitor.NONE).projectId();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(value = InventoryFormat.class, names = {"CSV", "JSON", "YAML"})
    void exportingAndImportingAgainGivesTheSameInventory(InventoryFormat format) throws IOException {
        Path exported = dir.resolve("exported." + format.extension());
        exporter.export(projectId, format, exported);

        ImportResult again = fixture.service.importPath(exported, "Round trip", "ana", ProgressMonitor.NONE);

        assertEquals(fixture.datasets.list(projectId), fixture.datasets.list(again.projectId()));
        if (format != InventoryFormat.CSV) {
            assertEquals(ImportFixture.GOLDEN_PROJECT.withName("Round trip"),
                    fixture.projects.findById(again.projectId()).orElseThrow().settings());
        }
    }

    @ParameterizedTest
    @CsvSource({"csv,export.csv", "json,export.json", "yaml,export.yaml"})
    void exportsMatchTheirGoldenFiles(String format, String golden) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(projectId, InventoryFormat.valueOf(format.toUpperCase()), out);

        assertEquals(Files.readString(ImportFixture.resource("golden/" + golden)), out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://evil.example\")|'=HYPERLINK(\"http://evil.example\")",
            "+1+cmd|'+1+cmd",
            "-2+3|'-2+3",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "plain notes|plain notes",
            "a = b|a = b"})
    void csvExportNeutralisesFormulaInjection(String notes, String expectedCell) throws IOException {
        fixture.datasets.save(projectId, new Dataset("evil", "Evil", SourceType.WEB, "", "", "", null, "MIT",
                List.of(), null, "", "", notes, false));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(projectId, InventoryFormat.CSV, out);

        String lastLine = out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow();
        assertEquals(expectedCell, lastLine.substring(lastLine.lastIndexOf(',') + 1).replace("\"\"", "\"")
                .replaceAll("^\"|\"$", ""));
    }

    @Test
    void neutralisedCellsImportAsTheOriginalText() throws IOException {
        Dataset evil = new Dataset("evil", "=1+2", SourceType.WEB, "", "", "", null, "MIT", List.of(), null, "", "",
                "@attacker", false);
        fixture.datasets.save(projectId, evil);
        Path exported = dir.resolve("exported.csv");
        exporter.export(projectId, InventoryFormat.CSV, exported);

        ImportResult again = fixture.service.importPath(exported, "Again", "ana", ProgressMonitor.NONE);

        assertEquals(evil, fixture.datasets.find(again.projectId(), "evil").orElseThrow());
        assertEquals(2, again.warnings().size(), "formula-like text is kept but pointed out");
    }

    @Test
    void anEmptyInventoryExportsItsHeader() throws IOException {
        long empty = fixture.projects.create(dev.clearance.domain.ProjectSettings.named("Empty")).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exporter.export(empty, InventoryFormat.CSV, out);

        assertEquals(String.join(",", InventoryColumns.ALL) + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void removedDatasetsAreNotExported() throws IOException {
        fixture.service.importPath(fixture.write("v2.csv", "id,name,source_type,license\nd4,OpenAssistant OASST1,public-dataset,Apache-2.0\n"),
                "Golden Project", "ana", ProgressMonitor.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exporter.export(projectId, InventoryFormat.CSV, out);

        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
    }
}
