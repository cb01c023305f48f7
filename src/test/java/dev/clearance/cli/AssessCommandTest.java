package dev.clearance.cli;

import static dev.clearance.rules.Scenarios.input;
import static dev.clearance.rules.Scenarios.named;
import static dev.clearance.rules.Scenarios.project;
import static dev.clearance.rules.Scenarios.synthetic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.rules.Assessor;
import dev.clearance.rules.TermsFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AssessCommandTest {
    /** A hosted general assistant: OpenAI data (high), Llama 3.1 data (low), undated-generator data (unknown). */
    private static final ProjectAssessment ACME = Assessor.standard().assess("Acme Support Assistant", List.of(
            input(project(Purpose.GENERAL_ASSISTANT, Distribution.HOSTED_API), synthetic("fine-tuning"),
                    TermsFixtures.OPENAI_SERVICES),
            input(named(project(Purpose.GENERAL_ASSISTANT, Distribution.HOSTED_API), "Llama-Acme"),
                    synthetic("fine-tuning"), TermsFixtures.LLAMA_3_1)));
    private static final ProjectAssessment MEDIUM_ONLY = Assessor.standard().assess("Radiology coder", List.of(
            input(project(Purpose.DOMAIN_ASSISTANT, Distribution.HOSTED_API), synthetic("fine-tuning"),
                    TermsFixtures.GEMINI_API)));
    private static final ProjectAssessment UNKNOWN = Assessor.standard().assess("Mystery", List.of(
            input(project(Purpose.DOMAIN_ASSISTANT, Distribution.HOSTED_API), synthetic("", "", null))));
    private static final Map<String, ProjectAssessment> PROJECTS = Map.of(ACME.project(), ACME,
            MEDIUM_ONLY.project(), MEDIUM_ONLY, UNKNOWN.project(), UNKNOWN);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new AssessCommand(name -> Optional.ofNullable(PROJECTS.get(name))))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void jsonFollowsTheDesignContractExactly() throws Exception {
        assertEquals(0, run("--project", "Acme Support Assistant", "--format", "json"));

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(Set.of("project", "overall", "datasets"), fields(root));
        assertEquals("high", root.get("overall").asText());
        JsonNode d = root.get("datasets").get(0);
        assertEquals(Set.of("id", "name", "risk", "terms", "findings", "obligations"), fields(d));
        assertEquals("openai-services-agreement@2026-01-01", d.get("terms").get(0).asText());
        JsonNode f = d.get("findings").get(0);
        assertEquals(Set.of("rule", "level", "message", "clauses", "remediation"), fields(f));
        assertEquals("competing-model-ban", f.get("rule").asText());
        assertEquals(Set.of("document", "version", "section"), fields(f.get("clauses").get(0)));
        assertEquals("3.3(e)", f.get("clauses").get(0).get("section").asText());
        JsonNode o = root.get("datasets").get(1).get("obligations").get(0);
        assertEquals(Set.of("kind", "detail"), fields(o));
        assertEquals("naming", o.get("kind").asText());
    }

    @Test
    void textShowsTheOverallLevelThenEachDatasetWithReasonsAndObligations() {
        assertEquals(0, run("--project", "Acme Support Assistant"));

        String text = out.toString();
        assertTrue(text.startsWith("Project: Acme Support Assistant\nOverall risk: HIGH"), text);
        assertTrue(text.contains("HIGH  Support dialogues (d1)"), text);
        assertTrue(text.contains("Rests on: openai-services-agreement@2026-01-01 §3.3(e) Restrictions"), text);
        assertTrue(text.contains("What to do: Do not train this model on these outputs"), text);
        assertTrue(text.contains("  - naming: Keep the model's name beginning with \"Llama\""), text);
    }

    @Test
    void failOnExitsThreeWhenTheOverallLevelIsAtOrAboveIt() {
        assertEquals(3, run("--project", "Acme Support Assistant", "--fail-on", "high"));
        assertTrue(err.toString().contains("overall risk high is at or above --fail-on high"));
        assertEquals(0, run("--project", "Radiology coder", "--fail-on", "high"));
        assertEquals(3, run("--project", "Radiology coder", "--fail-on", "medium"));
    }

    @Test
    void failOnUnknownIsReachedByUnknownOrWorseButNotByMedium() {
        assertEquals(3, run("--project", "Mystery", "--fail-on", "unknown"));
        assertEquals(3, run("--project", "Acme Support Assistant", "--fail-on", "unknown"));
        assertEquals(0, run("--project", "Radiology coder", "--fail-on", "unknown"));
        assertEquals(0, run("--project", "Mystery", "--fail-on", "high"), "unknown ranks below high");
    }

    @Test
    void anUnknownProjectExitsTwoAndSaysHowToSeeTheProjects() {
        assertEquals(2, run("--project", "Nope"));
        assertTrue(err.toString().contains("there is no project named 'Nope'"));
        assertTrue(err.toString().contains("clearance projects"));
        assertEquals("", out.toString());
    }

    @Test
    void usageErrorsExitOne() {
        assertEquals(1, run());
        assertEquals(1, run("--project", "Acme Support Assistant", "--fail-on", "clear"));
        assertTrue(err.toString().contains("use blocked, high, medium, low or unknown"), err.toString());
        assertEquals(1, run("--project", "Acme Support Assistant", "--format", "pdf"));
    }

    @Test
    void aProjectWithoutDatasetsIsClear() throws Exception {
        ProjectAssessment empty = Assessor.standard().assess("Empty", List.of());
        assertEquals("clear", new ObjectMapper().readTree(AssessCommand.json(empty)).get("overall").asText());
    }

    private static Set<String> fields(JsonNode node) {
        return Set.copyOf(StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList());
    }
}
