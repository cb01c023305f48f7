package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.DuplicateNameException;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.ProjectSummary;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcRepositoriesTest {
    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    JdbcDatasetRepository datasets;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("clearance"));
        projects = new JdbcProjectRepository(db);
        datasets = new JdbcDatasetRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ProjectSettings acme() {
        return new ProjectSettings("Acme Support Assistant", "acme-assist-7b", Purpose.GENERAL_ASSISTANT,
                Distribution.HOSTED_API, true, 50_000L, List.of("US", "EU"));
    }

    static Dataset synthetic(String id) {
        return new Dataset(id, "Support dialogues " + id, SourceType.SYNTHETIC, "gpt-4o-2024-08-06", "openai", "api",
                LocalDate.of(2025, 3, 14), "", List.of("fine-tuning", "preference"), 120_000L, "", "ml-team",
                "notes with \"quotes\", commas; and ünïcode", false);
    }

    @Test
    void projectSettingsRoundTripExactly() {
        Project created = projects.create(acme());
        assertEquals(acme(), projects.findById(created.id()).orElseThrow().settings());
        assertEquals(acme(), projects.findByName("Acme Support Assistant").orElseThrow().settings());
    }

    @Test
    void projectNamesAreUnique() {
        projects.create(acme());
        DuplicateNameException e = assertThrows(DuplicateNameException.class, () -> projects.create(acme()));
        assertTrue(e.getMessage().contains("Acme Support Assistant"));
    }

    @Test
    void datasetsRoundTripInInventoryOrder() {
        long id = projects.create(acme()).id();
        List<Dataset> rows = List.of(synthetic("z-last-alphabetically"), synthetic("a-first"), synthetic("m"));
        datasets.saveAll(id, rows);
        assertEquals(rows, datasets.list(id));
        assertEquals(3, datasets.count(id));
    }

    @Test
    void savingAnExistingDatasetKeepsItsPlace() {
        long id = projects.create(acme()).id();
        datasets.saveAll(id, List.of(synthetic("d1"), synthetic("d2")));
        datasets.save(id, synthetic("d1").withRemoved(true));
        datasets.save(id, synthetic("d3"));
        assertEquals(List.of("d1", "d2", "d3"), datasets.list(id).stream().map(Dataset::id).toList());
        assertTrue(datasets.find(id, "d1").orElseThrow().removed());
        assertEquals(2, datasets.count(id), "removed datasets are kept but not counted");
    }

    @Test
    void summaryShowsCountsAndTheRecordedRisk() {
        long id = projects.create(acme()).id();
        datasets.saveAll(id, List.of(synthetic("d1"), synthetic("d2")));
        projects.recordOverallRisk(id, RiskLevel.HIGH);
        ProjectSummary s = projects.listSummaries().get(0);
        assertEquals(2, s.datasetCount());
        assertEquals(Optional.of(RiskLevel.HIGH), s.overall());
    }

    @Test
    void deletingAProjectDeletesItsDatasets() {
        long id = projects.create(acme()).id();
        datasets.saveAll(id, List.of(synthetic("d1")));
        projects.delete(id);
        assertTrue(projects.findById(id).isEmpty());
        assertTrue(datasets.list(id).isEmpty());
    }

    @Test
    void aFailedBatchWritesNothing() {
        long id = projects.create(acme()).id();
        Dataset tooLong = new Dataset("x".repeat(600), "n", SourceType.HUMAN, "", "", "", null, "",
                List.of(), null, "", "", "", false);
        assertThrows(RuntimeException.class, () -> datasets.saveAll(id, List.of(synthetic("ok"), tooLong)));
        assertEquals(0, datasets.count(id));
    }

    @Test
    void auditTrailKeepsEventsInOrder() {
        long id = projects.create(acme()).id();
        JdbcAuditRepository audit = new JdbcAuditRepository(db);
        audit.append(new AuditEvent(id, Instant.parse("2026-11-28T10:00:00Z"), "ana", "import", "inventory", null, "3 datasets"));
        audit.append(new AuditEvent(id, Instant.parse("2026-11-28T10:05:00Z"), "ana", "edit", "dataset:d1/name", "a", "b"));
        List<AuditEvent> events = audit.list(id);
        assertEquals(2, events.size());
        assertEquals("dataset:d1/name", events.get(1).subject());
        assertEquals("a", events.get(1).oldValue());
    }

    @Test
    void settingsKeepRecentListsMostRecentFirstWithoutDuplicates() {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        settings.pushRecent("recent.files", "/a.csv", 3);
        settings.pushRecent("recent.files", "/b.csv", 3);
        settings.pushRecent("recent.files", "/a.csv", 3);
        settings.pushRecent("recent.files", "/c.csv", 3);
        settings.pushRecent("recent.files", "/d.csv", 3);
        assertEquals(List.of("/d.csv", "/c.csv", "/a.csv"), settings.recent("recent.files"));
        settings.put("theme", "dark");
        assertEquals(Optional.of("dark"), settings.get("theme"));
    }
}
