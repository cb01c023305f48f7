package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped sample projects import cleanly, with exactly the warnings their READMEs announce. */
class SampleProjectsTest {
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

    static Path samples() {
        return Path.of(System.getProperty("clearance.sampleProjects", "sample-projects"));
    }

    @ParameterizedTest
    @CsvSource({
            "support-assistant, Brightdesk Support Assistant, GENERAL_ASSISTANT, HOSTED_API,   6, sa-gpt4o-mini-evals",
            "ticket-classifier, Northwind Ticket Router,      CLASSIFIER,        INTERNAL,     3, ",
            "open-code-model,   Forge Coder,                  CODE_ASSISTANT,    OPEN_WEIGHTS, 10, "})
    void sampleProjectsImportAsTheirReadmesSay(String folder, String name, Purpose purpose, Distribution distribution,
                                               int datasets, String datasetWithWarning) {
        ImportResult result = fixture.service.importPath(samples().resolve(folder), null, "sample", ProgressMonitor.NONE);

        ProjectSettings settings = fixture.projects.findById(result.projectId()).orElseThrow().settings();
        assertEquals(name, result.projectName());
        assertEquals(purpose, settings.purpose());
        assertEquals(distribution, settings.distribution());
        assertEquals(datasets, result.datasetCount());
        List<String> warned = result.warnings().stream().map(w -> w.line() + ":" + w.field()).toList();
        assertEquals(datasetWithWarning == null ? List.of() : List.of("4:collected_on"), warned, result.warnings()::toString);
    }
}
