package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-importing an updated inventory: matched by id, previewed first, reviewer work kept, removals kept as history. */
class ReimportTest {
    private static final String HEADER = "id,name,source_type,generator_model,generator_provider,access,collected_on,license,uses,records\n";
    private static final String D1 = "d1,GPT-4o dialogues,synthetic,gpt-4o-2024-08-06,openai,api,2024-11-05,,fine-tuning,120000\n";
    private static final String D1_MORE_RECORDS = "d1,GPT-4o dialogues,synthetic,gpt-4o-2024-08-06,openai,api,2024-11-05,,fine-tuning,130000\n";
    private static final String D2 = "d2,Llama rewrites,synthetic,Llama-3.1-70B-Instruct,meta,weights,2025-02-17,,fine-tuning,45000\n";
    private static final String D3 = "d3,Helpdesk transcripts,licensed,,,,,Proprietary,fine-tuning,80000\n";
    private static final String D4 = "d4,OASST1,public-dataset,,,,,Apache-2.0,fine-tuning,88838\n";
    private static final String D5 = "d5,Gemma 2 paraphrases,synthetic,gemma-2-27b-it,google,weights,2025-03-01,,fine-tuning,20000\n";

    @TempDir
    Path dir;
    ImportFixture fixture;
    long projectId;

    @BeforeEach
    void importTheFirstVersion() {
        fixture = new ImportFixture(dir);
        projectId = fixture.service.importPath(fixture.write("v1.csv", HEADER + D1 + D2 + D3 + D4), "Acme", "ana",
                ProgressMonitor.NONE).projectId();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePreviewCountsAddedChangedAndRemovedDatasetsAndWritesNothing() {
        List<Dataset> before = fixture.datasets.list(projectId);

        ImportPreview preview = fixture.service.preview(fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D4 + D5),
                "Acme", ProgressMonitor.NONE);

        InventoryChanges changes = preview.changes();
        assertEquals("1 added, 1 changed, 1 removed", changes.summary());
        assertEquals(2, changes.unchanged());
        assertEquals(List.of("d5"), changes.addedIds());
        assertEquals(List.of("d1"), changes.changedIds());
        assertEquals(List.of("d3"), changes.removedIds());
        assertFalse(preview.isNewProject());
        assertEquals("Re-import into \"Acme\": 1 added, 1 changed, 1 removed", preview.summary());
        assertEquals(before, fixture.datasets.list(projectId), "a preview writes nothing");
    }

    @Test
    void removedDatasetsAreMarkedNotDeletedAndListedAfterTheCurrentOnes() {
        ImportResult result = fixture.service.importPath(fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D4 + D5),
                "Acme", "ana", ProgressMonitor.NONE);

        List<Dataset> stored = fixture.datasets.list(projectId);
        assertEquals(List.of("d1", "d2", "d4", "d5", "d3"), stored.stream().map(Dataset::id).toList());
        assertEquals(List.of(false, false, false, false, true), stored.stream().map(Dataset::removed).toList());
        assertEquals(130_000L, stored.get(0).records());
        assertEquals(4, fixture.datasets.count(projectId));
        assertEquals("Imported 4 datasets into \"Acme\" (1 added, 1 changed, 1 removed)", result.summary());
    }

    @Test
    void reviewerWorkOnDatasetsThatStayIsKept() throws SQLException {
        fixture.close();
        addReviewerWork(projectId);
        fixture = new ImportFixture(dir);

        fixture.service.importPath(fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D4 + D5), "Acme", "ana",
                ProgressMonitor.NONE);

        fixture.close();
        assertEquals(List.of("checklist_answer:1", "annotation:1", "finding:2"), countReviewerWork(projectId));
        fixture = new ImportFixture(dir);
    }

    @Test
    void theAuditTrailRecordsTheImportAndEachChangedField() {
        fixture.service.importPath(fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D4 + D5), "Acme", "ana",
                ProgressMonitor.NONE);

        List<String> events = fixture.audit.list(projectId).stream()
                .map(e -> e.action() + " " + e.subject() + " " + e.oldValue() + " -> " + e.newValue()).toList();
        assertTrue(events.get(0).startsWith("inventory-imported inventory:v1.csv null -> 4 datasets; 4 added"), events.get(0));
        assertEquals("project-created project", events.get(1).substring(0, "project-created project".length()));
        List<String> reimport = events.subList(2, events.size());
        assertTrue(reimport.get(0).startsWith("inventory-imported inventory:v2.csv null -> 4 datasets; 1 added, 1 changed, 1 removed; sha256 "));
        assertEquals(List.of("dataset-added dataset:d5 null -> null",
                "dataset-changed dataset:d1/records 120000 -> 130000",
                "dataset-removed dataset:d3 null -> null"), reimport.subList(1, reimport.size()));
        assertTrue(fixture.audit.list(projectId).stream().map(AuditEvent::actor).allMatch("ana"::equals));
    }

    @Test
    void committingAPreviewRecordsTheSameFieldChanges() {
        ImportPreview preview = fixture.service.preview(fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D3 + D4),
                "Acme", ProgressMonitor.NONE);

        fixture.service.commit(preview, "lena", ProgressMonitor.NONE);

        AuditEvent change = fixture.audit.list(projectId).stream().filter(e -> e.action().equals("dataset-changed"))
                .findFirst().orElseThrow();
        assertEquals(List.of("lena", "dataset:d1/records", "120000", "130000"),
                List.of(change.actor(), change.subject(), change.oldValue(), change.newValue()));
    }

    @Test
    void aRemovedDatasetThatComesBackCountsAsAddedAndIsCurrentAgain() {
        fixture.service.importPath(fixture.write("v2.csv", HEADER + D1 + D2 + D4), "Acme", "ana", ProgressMonitor.NONE);

        ImportResult back = fixture.service.importPath(fixture.write("v3.csv", HEADER + D1 + D2 + D3 + D4), "Acme", "ana",
                ProgressMonitor.NONE);

        assertEquals("1 added, 0 changed, 0 removed", back.changes().summary());
        assertFalse(fixture.datasets.find(projectId, "d3").orElseThrow().removed());
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        ImportPreview preview = fixture.service.preview(fixture.write("same.csv", HEADER + D1 + D2 + D3 + D4), "Acme",
                ProgressMonitor.NONE);

        assertTrue(preview.changes().isEmpty());
        assertEquals(4, preview.changes().unchanged());
    }

    @Test
    void aCsvReimportKeepsTheProjectSettingsAProjectFileGaveIt() throws IOException {
        Path folder = dir.resolve("acme");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("project.yaml"), "name: Acme\nmodel_name: acme-7b\ndistribution: open-weights\n");
        Files.writeString(folder.resolve("inventory.csv"), HEADER + D1);
        fixture.service.importPath(folder, null, "ana", ProgressMonitor.NONE);

        fixture.service.importPath(fixture.write("v2.csv", HEADER + D1 + D2), "Acme", "ana", ProgressMonitor.NONE);

        assertEquals(Distribution.OPEN_WEIGHTS, fixture.projects.findById(projectId).orElseThrow().settings().distribution());
    }

    @Test
    void changedProjectSettingsAreShownInThePreviewAndAudited() throws IOException {
        Path folder = dir.resolve("acme");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("project.yaml"), "name: Acme\ndistribution: open-weights\n");
        Files.writeString(folder.resolve("inventory.csv"), HEADER + D1 + D2 + D3 + D4);

        ImportPreview preview = fixture.service.preview(folder, null, ProgressMonitor.NONE);
        fixture.service.commit(preview, "ana", ProgressMonitor.NONE);

        assertTrue(preview.settingsChange());
        assertTrue(preview.summary().contains("project settings change"));
        assertTrue(fixture.audit.list(projectId).stream().anyMatch(e -> e.action().equals("project-settings-changed")
                && e.oldValue().contains("distribution=internal") && e.newValue().contains("distribution=open-weights")));
    }

    @Test
    void aFileThatChangedAfterThePreviewIsRefusedAndNothingIsWritten() throws IOException {
        Path file = fixture.write("v2.csv", HEADER + D1_MORE_RECORDS + D2 + D4 + D5);
        ImportPreview preview = fixture.service.preview(file, "Acme", ProgressMonitor.NONE);
        List<Dataset> before = fixture.datasets.list(projectId);
        Files.writeString(file, HEADER + D1 + D2);

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.commit(preview, "ana", ProgressMonitor.NONE));

        assertEquals("v2.csv: The file changed after it was checked. Hint: Preview the import again.", e.errors().get(0).toString());
        assertEquals(before, fixture.datasets.list(projectId));
    }

    // Reviewer work lives in tables other features own; it is written here with plain SQL.
    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "clearance", "");
    }

    private void addReviewerWork(long project) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO checklist_answer (project_id, walk_key, question_id, answer, status, comment, updated_by, updated_at) "
                    + "VALUES (" + project + ", 'openai-api@2024-11-14', 'q-competing', 'yes', 'confirmed', 'Reviewer note', 'lena', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO annotation (annotation_id, project_id, document_id, effective_on, start_cp, end_cp, exact_text, "
                    + "created_at, modified_at) VALUES ('a1', " + project + ", 'openai-services-agreement', DATE '2025-05-31', 10, 20, "
                    + "'compete', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (String dataset : List.of("d1", "d3")) {
                s.execute("INSERT INTO finding (project_id, dataset_id, ordinal, rule_id, level, message, assessed_at) VALUES ("
                        + project + ", '" + dataset + "', 0, 'competing-model-ban', 'high', 'm', CURRENT_TIMESTAMP)");
            }
        }
    }

    private List<String> countReviewerWork(long project) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return List.of("checklist_answer", "annotation", "finding").stream().map(table -> {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE project_id = " + project)) {
                    rs.next();
                    return table + ":" + rs.getInt(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
