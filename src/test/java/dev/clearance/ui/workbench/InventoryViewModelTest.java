package dev.clearance.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.SourceType;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryEditService.Check;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.ui.UndoHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the inventory as a reviewer does: every edit checked, saved at once, audited and undoable. */
class InventoryViewModelTest {
    @TempDir
    Path dir;
    Database db;
    JdbcDatasetRepository datasets;
    JdbcAuditRepository audit;
    long projectId;
    InventoryViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        datasets = new JdbcDatasetRepository(db);
        audit = new JdbcAuditRepository(db);
        projectId = new JdbcProjectRepository(db).create(ProjectSettings.named("Acme")).id();
        datasets.saveAll(projectId, List.of(
                synthetic("d1", "Support dialogues", "gpt-4o-2024-08-06", "api"),
                synthetic("d2", "Code explanations", "Llama-3.1-70B-Instruct", "weights"),
                new Dataset("d3", "Licensed call transcripts", SourceType.LICENSED, "", "", "", null, "proprietary",
                        List.of(), 52_000L, "", "legal", "", false)));
        vm = new InventoryViewModel(projectId, datasets,
                new InventoryEditService(datasets, audit, Clock.systemUTC()), "ana", new UndoHistory(50));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Dataset synthetic(String id, String name, String model, String access) {
        return new Dataset(id, name, SourceType.SYNTHETIC, model, "", access, LocalDate.of(2025, 2, 1), "",
                List.of("fine-tuning"), 10_000L, "", "ml", "", false);
    }

    Map<String, String> textsOf(String id) {
        return new LinkedHashMap<>(InventoryEditService.texts(datasets.find(projectId, id).orElseThrow()));
    }

    Dataset row(String id) {
        return vm.rows().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void filtersCombineTextSourceGeneratorAndAccess() {
        assertEquals("3 datasets · 2 model-generated", vm.countsBinding().get());
        vm.searchProperty().set("LLAMA");
        assertEquals(List.of("d2"), vm.visible().stream().map(Dataset::id).toList());
        vm.searchProperty().set("");
        vm.sourceFilterProperty().set(SourceType.SYNTHETIC);
        vm.accessFilterProperty().set("api");
        assertEquals(List.of("d1"), vm.visible().stream().map(Dataset::id).toList());
        assertEquals("Showing 1 of 3 datasets · 2 model-generated", vm.countsBinding().get());
        vm.clearFilters();
        assertEquals(3, vm.visible().size());
        assertEquals(List.of("gpt-4o-2024-08-06", "Llama-3.1-70B-Instruct"), vm.generators(), "sorted ignoring case");
    }

    @Test
    void aValidEditIsSavedAtOnceAndAudited() {
        Map<String, String> texts = textsOf("d1");
        texts.put("collected_on", "2024-11-30");
        Check check = vm.apply(row("d1"), texts);
        assertTrue(check.ok(), check.errors().toString());
        assertEquals(LocalDate.of(2024, 11, 30), datasets.find(projectId, "d1").orElseThrow().collectedOn());
        AuditEvent last = audit.list(projectId).get(audit.list(projectId).size() - 1);
        assertEquals("dataset:d1/collected_on", last.subject());
        assertEquals("2025-02-01", last.oldValue());
        assertEquals("2024-11-30", last.newValue());
    }

    @Test
    void anInvalidEditNamesTheFieldAndSavesNothing() {
        Map<String, String> texts = textsOf("d1");
        texts.put("collected_on", "2024-13-01");
        texts.put("generator_model", "");
        Check check = vm.apply(row("d1"), texts);
        assertFalse(check.ok());
        assertTrue(check.errors().containsKey("collected_on"), check.errors().toString());
        assertTrue(check.errors().containsKey("generator_model"), check.errors().toString());
        assertEquals(LocalDate.of(2025, 2, 1), datasets.find(projectId, "d1").orElseThrow().collectedOn());
        assertFalse(vm.history().canUndoProperty().get());
    }

    @Test
    void idsMustStayUnique() {
        Map<String, String> texts = textsOf("d1");
        texts.put("id", "d2");
        Check check = vm.apply(row("d1"), texts);
        assertTrue(check.errors().get("id").contains("already has the id"), check.errors().toString());
    }

    @Test
    void undoAndRedoRestoreWhatWasSaved() {
        Map<String, String> texts = textsOf("d3");
        texts.put("license", "CC-BY-NC-4.0");
        vm.apply(row("d3"), texts);
        vm.history().undo();
        assertEquals("proprietary", datasets.find(projectId, "d3").orElseThrow().license());
        assertEquals("proprietary", row("d3").license());
        vm.history().redo();
        assertEquals("CC-BY-NC-4.0", datasets.find(projectId, "d3").orElseThrow().license());
    }

    @Test
    void removingKeepsTheDatasetInTheHistoryAndUndoBringsItBack() {
        vm.remove(row("d2"));
        assertEquals(2, vm.rows().size());
        assertTrue(datasets.find(projectId, "d2").orElseThrow().removed(), "removed, not deleted");
        vm.history().undo();
        assertEquals(List.of("d1", "d2", "d3"), vm.rows().stream().map(Dataset::id).toList());
        assertFalse(datasets.find(projectId, "d2").orElseThrow().removed());
    }

    @Test
    void duplicatingPicksAFreeIdAndUndoRemovesTheCopy() {
        Dataset copy = vm.duplicate(row("d1"));
        assertEquals("d1-copy", copy.id());
        assertEquals("d1-copy-2", vm.duplicate(row("d1")).id());
        assertEquals(5, vm.rows().size());
        vm.history().undo();
        vm.history().undo();
        assertEquals(3, vm.rows().size());
        assertEquals(3, datasets.count(projectId));
    }

    @Test
    void aNewDatasetIsAddedOnlyWhenValid() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("id", "d4");
        texts.put("name", "Preference pairs");
        texts.put("source_type", "synthetic");
        assertFalse(vm.apply(null, texts).ok(), "a synthetic dataset needs its generator and access");
        texts.put("generator_model", "claude-3-5-sonnet");
        texts.put("access", "api");
        texts.put("collected_on", "2025-06-01");
        assertTrue(vm.apply(null, texts).ok());
        assertEquals("d4", vm.selectedProperty().get().id());
        assertEquals(4, datasets.count(projectId));
        vm.history().undo();
        assertNull(vm.selectedProperty().get());
        assertEquals(3, datasets.count(projectId));
    }
}
