package dev.clearance.inventory;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.SourceType;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A real H2 file database in a temporary folder with the import service wired to it. */
final class ImportFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    /** What every golden file describes. */
    static final List<Dataset> GOLDEN_DATASETS = List.of(
            new Dataset("d1", "Support dialogues distilled from GPT-4o", SourceType.SYNTHETIC, "gpt-4o-2024-08-06", "openai",
                    "api", LocalDate.of(2024, 11, 5), "", List.of("fine-tuning", "preference"), 120_000L, "", "ml-team",
                    "Generated with the \"support-v2\" prompt set, 3 turns each", false),
            new Dataset("d2", "Llama 3.1 70B rewrites", SourceType.SYNTHETIC, "Llama-3.1-70B-Instruct", "meta", "weights",
                    LocalDate.of(2025, 2, 17), "", List.of("fine-tuning"), 45_000L, "", "ml-team", "", false),
            new Dataset("d3", "Licensed support transcripts", SourceType.LICENSED, "", "", "", null,
                    "Proprietary (Helpdesk Corp data licence 2024)", List.of("fine-tuning", "evaluation"), 80_000L, "",
                    "legal", "Ünïcode notes: café – naïve", false),
            new Dataset("d4", "OpenAssistant OASST1", SourceType.PUBLIC_DATASET, "", "", "", null, "Apache-2.0",
                    List.of("fine-tuning"), 88_838L, "", "", "", false));

    static final ProjectSettings GOLDEN_PROJECT = new ProjectSettings("Golden Project", "golden-assist-7b",
            Purpose.GENERAL_ASSISTANT, Distribution.HOSTED_API, true, 50_000L, List.of("US", "EU"));

    final Path dir;
    final Database db;
    final JdbcProjectRepository projects;
    final JdbcDatasetRepository datasets;
    final JdbcAuditRepository audit;
    final InventoryImportService service;

    ImportFixture(Path dir) {
        this.dir = dir;
        this.db = Database.open(dir.resolve("db"));
        this.projects = new JdbcProjectRepository(db);
        this.datasets = new JdbcDatasetRepository(db);
        this.audit = new JdbcAuditRepository(db);
        this.service = new InventoryImportService(projects, datasets, audit, CLOCK);
    }

    /** A test resource under src/test/resources/inventory. */
    static Path resource(String name) {
        try {
            return Path.of(ImportFixture.class.getResource("/inventory/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code content} as UTF-8 into a file of the temporary folder. */
    Path write(String name, String content) {
        return write(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            Path file = dir.resolve("in").resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long projectId(String name) {
        return projects.findByName(name).orElseThrow().id();
    }

    @Override
    public void close() {
        db.close();
    }
}
