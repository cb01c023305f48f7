package dev.clearance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.rules.Assessor;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample projects, imported and assessed end to end with the shipped catalog, registry and
 * rules: each dataset gets the level its README documents.
 */
class SampleOutcomesTest {
    @TempDir
    Path dir;
    Database db;
    InventoryImportService importer;
    AssessmentService assessments;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        JdbcProjectRepository projects = new JdbcProjectRepository(db);
        JdbcDatasetRepository datasets = new JdbcDatasetRepository(db);
        importer = new InventoryImportService(projects, datasets, new JdbcAuditRepository(db));
        assessments = new AssessmentService(projects, datasets,
                TermsService.withShippedData(new JdbcTermsRepository(db), Clock.systemUTC()),
                new JdbcChecklistAnswerRepository(db), Assessor.standard());
    }

    @AfterEach
    void close() {
        db.close();
    }

    ProjectAssessment assessSample(String folder) {
        Path samples = Path.of(System.getProperty("clearance.sampleProjects", "sample-projects"));
        String name = importer.importPath(samples.resolve(folder), null, "test", ProgressMonitor.NONE).projectName();
        return assessments.assess(name).orElseThrow();
    }

    static Map<String, RiskLevel> levels(ProjectAssessment a) {
        return a.datasets().stream().collect(Collectors.toMap(DatasetAssessment::datasetId, DatasetAssessment::risk,
                (x, y) -> x, LinkedHashMap::new));
    }

    static Map<String, RiskLevel> expected(Object... pairs) {
        Map<String, RiskLevel> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (RiskLevel) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void hostedSupportAssistantIsHighBecauseOfOpenAiOutputs() {
        ProjectAssessment a = assessSample("support-assistant");
        assertEquals(RiskLevel.HIGH, a.overall());
        assertEquals(expected(
                "sa-gpt4o-dialogues-2024", RiskLevel.HIGH,
                "sa-gpt4o-dialogues-2025", RiskLevel.HIGH,
                "sa-gpt4o-mini-evals", RiskLevel.UNKNOWN,
                "sa-llama31-rewrites", RiskLevel.MEDIUM,
                "sa-helpline-conversations", RiskLevel.MEDIUM,
                "sa-oasst2", RiskLevel.CLEAR), levels(a));
        DatasetAssessment llama = a.datasets().stream().filter(d -> d.datasetId().equals("sa-llama31-rewrites"))
                .findFirst().orElseThrow();
        assertTrue(llama.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.NAMING));
        assertTrue(llama.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.ATTRIBUTION
                && o.detail().contains("Built with Llama")));
    }

    @Test
    void internalTicketClassifierFitsOpenAisPermittedException() {
        ProjectAssessment a = assessSample("ticket-classifier");
        assertEquals(RiskLevel.LOW, a.overall());
        assertEquals(expected(
                "tc-gpt4o-mini-labels", RiskLevel.LOW,
                "tc-gpt4o-hard-cases", RiskLevel.LOW,
                "tc-historic-tickets", RiskLevel.CLEAR), levels(a));
        assertTrue(a.datasets().get(0).findings().stream().anyMatch(f -> f.rule().equals("permitted-exception")));
    }

    @Test
    void openWeightsCodeModelIsBlockedByLlama3AndClaudeOutputs() {
        ProjectAssessment a = assessSample("open-code-model");
        assertEquals(RiskLevel.BLOCKED, a.overall());
        assertEquals(expected(
                "oc-llama3-70b-solutions", RiskLevel.BLOCKED,
                "oc-gemma2-explanations", RiskLevel.MEDIUM,
                "oc-deepseek-r1-traces", RiskLevel.CLEAR,
                "oc-qwen25-72b-tests", RiskLevel.UNKNOWN,
                "oc-mistral7b-docstrings", RiskLevel.CLEAR,
                "oc-claude-refactors", RiskLevel.BLOCKED,
                "oc-the-stack-v2", RiskLevel.UNKNOWN,
                "oc-api-docs-crawl", RiskLevel.UNKNOWN,
                "oc-codesearchnet", RiskLevel.CLEAR,
                "oc-humaneval", RiskLevel.CLEAR), levels(a));
    }
}
