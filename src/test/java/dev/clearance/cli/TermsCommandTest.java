package dev.clearance.cli;

import dev.clearance.testing.TestTermsTexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.terms.InMemoryTermsRepository;
import dev.clearance.terms.ModelRegistry;
import dev.clearance.terms.TermsCatalog;
import dev.clearance.terms.TermsService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsCommandTest {
    private static TermsCatalog catalog;
    private static ModelRegistry registry;
    private static Path fixtures;
    private InMemoryTermsRepository repository;
    private StringWriter out;
    private StringWriter err;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
        registry = ModelRegistry.loadShipped(catalog);
        fixtures = TestTermsTexts.dir();
        assertTrue(Files.isDirectory(fixtures), "fixtures not found at " + fixtures);
    }

    @BeforeEach
    void setUp() {
        repository = new InMemoryTermsRepository();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        TermsService service = new TermsService(catalog, registry, repository,
                Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
        CommandLine cmd = new CommandLine(new TermsCommand(service));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void listShowsEveryDocumentAndMarksUnverifiedOnes() {
        assertEquals(0, run("list"));
        String o = out.toString();
        assertTrue(o.contains("openai-services-agreement"));
        assertTrue(outLines().stream().anyMatch(l -> l.startsWith("wenxinyiyan-terms-of-service") && l.contains(" NO ")), o);
        assertTrue(o.contains(catalog.documents().size() + " documents."));
    }

    @Test
    void listAsJsonIsOneParsableObject() throws Exception {
        assertEquals(0, run("list", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(root.get("documents").size() >= 25);
        assertEquals("openai-terms-of-use", root.get("documents").get(0).get("id").asText());
    }

    @Test
    void showPrintsFactsAndParaphrasedClauses() {
        assertEquals(0, run("show", "openai-services-agreement@2026-01-01"));
        String o = out.toString();
        assertTrue(o.contains("§3.3(e) Restrictions  [competing-model-ban]"), o);
        assertTrue(o.contains("The text: \"except for a Permitted Exception, use Output to develop artificial intelligence"
                + " models that compete with OpenAI’s products and services;\""), o);
        assertTrue(o.contains("Recorded text: OpenTermsArchive/GenAI-versions · ChatGPT/Commercial Terms.md · "), o);
        assertTrue(o.contains("exception undistributed-classifier"), o);
        assertTrue(o.contains("In force: 2026-01-01 to now"), o);
        assertTrue(o.contains("UNVERIFIED: §11.4 Survival (uncertain)"), o);
    }

    @Test
    void showSaysWhenAnEntryIsUnverified() throws Exception {
        assertEquals(0, run("show", "wenxinyiyan-terms-of-service"));
        assertTrue(out.toString().contains("UNVERIFIED"));
        assertEquals(0, run("show", "llama-3.1-community-license", "--format", "json"));
        JsonNode v = new ObjectMapper().readTree(out.toString()).get("version");
        assertEquals("Llama", v.get("facts").get("namingPrefix").asText());
        assertEquals(700000000L, v.get("facts").get("mauThreshold").asLong());
    }

    @Test
    void addPrintsOneLinePerDetectedClauseWithFileLineNumbers() {
        Path f = fixtures.resolve("openai-terms-of-service@2023-11-14.md");
        assertEquals(0, run("add", f.toString(), "--document", "openai-terms-of-use", "--version", "2024-01-31"));
        assertTrue(outLines().get(0).startsWith("39:reverse-engineering: Attempt to or assist anyone to reverse engineer,"));
        assertTrue(outLines().get(0).endsWith("…"), "long excerpts are shortened");
        assertEquals(List.of(
                "40:scraping: Automatically or programmatically extract data or Output (defined below).",
                "43:competing-model-ban: Use Output to develop models that compete with OpenAI.",
                "58:output-use-permitted: (b) own the Output. We hereby assign to you all our right, title, and interest,"
                        + " if any, in and to Output."), outLines().subList(1, 4));
        assertTrue(err.toString().contains("added openai-terms-of-use@2024-01-31: 4 clause(s) detected"), err.toString());
        assertEquals(0, run("show", "openai-terms-of-use@2024-01-31"));
        assertTrue(out.toString().contains("Stored text: openai-terms-of-service@2023-11-14.md"));
    }

    @Test
    void addAsJsonListsClausesWithOffsets() throws Exception {
        Path f = fixtures.resolve("mistral-terms-of-service@2024-02-08.md");
        assertEquals(0, run("add", f.toString(), "--document", "mistral-terms-of-service", "--version", "2024-02-08",
                "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("mistral-terms-of-service@2024-02-08", root.get("ref").asText());
        assertEquals(8, root.get("clauses").size());
        JsonNode competing = root.get("clauses").get(5);
        assertEquals(205, competing.get("line").asInt());
        assertTrue(competing.get("end").asInt() > competing.get("start").asInt());
    }

    @Test
    void addingANewUserDocumentTakesTitleProviderAndChannel() throws Exception {
        Path f = dir.resolve("agreement.txt");
        Files.writeString(f, "Preamble\nCustomer may not use Output to develop models that compete with Provider.\n");
        assertEquals(0, run("add", f.toString(), "--document", "acme-enterprise", "--version", "2025-04-01",
                "--title", "Acme enterprise agreement", "--provider", "openai", "--channel", "api"));
        assertEquals(List.of("2:competing-model-ban: Customer may not use Output to develop models that compete with"
                + " Provider."), outLines());
        assertTrue(err.toString().contains("(new document)"));
        assertEquals(0, run("list"));
        assertTrue(outLines().stream().anyMatch(l -> l.startsWith("acme-enterprise") && l.contains("(yours)")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file            | 2 | add /no/such/file.md --document acme --version 2025-01-01 | file not found",
        "unsupported file        | 2 | add pom.xml --document acme --version 2025-01-01           | unsupported file type '.xml'",
        "bad document id         | 2 | add @FIXTURE --document Acme_Terms --version 2025-01-01   | is not a document id",
        "no document option      | 1 | add @FIXTURE --version 2025-01-01                         | Missing required option: '--document=ID'",
        "bad date                | 1 | add @FIXTURE --document acme --version 2025-13-01         | 2025-13-01",
        "bad channel             | 1 | add @FIXTURE --document acme --version 2025-01-01 --channel tv | --channel 'tv'",
        "unknown document        | 2 | show nope                                                   | Unknown terms document 'nope'",
        "unknown version         | 2 | show mit@2020-01-01                                         | mit has no version 2020-01-01",
        "bad format              | 1 | list --format xml                                           | xml",
        "diff without texts      | 2 | diff openai-terms-of-use 2023-03-14 2099-01-01              | has no version 2099-01-01",
        "no subcommand           | 1 |                                                             | Usage: terms",
    })
    void badInputAndUsageErrorsHaveTheirExitCodes(String name, int code, String argLine, String expected) {
        String fixture = fixtures.resolve("openai-terms-of-service@2023-11-14.md").toString();
        String[] args = argLine == null ? new String[0] : argLine.strip().replace("@FIXTURE", fixture).split("\\s+");
        assertEquals(code, run(args), err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertEquals(0, repository.writes());
    }

    @Test
    void diffMarksAddedRemovedAndChangedClausesWithTags() {
        run("add", fixtures.resolve("openai-terms-of-service@2023-10-16.md").toString(), "--document",
                "openai-terms-of-use", "--version", "2023-03-14");
        run("add", fixtures.resolve("openai-terms-of-service@2023-11-14.md").toString(), "--document",
                "openai-terms-of-use", "--version", "2024-01-31");
        assertEquals(0, run("diff", "openai-terms-of-use", "2023-03-14", "2024-01-31", "--restrictions-only"));
        List<String> lines = outLines();
        assertTrue(lines.get(0).startsWith("diff openai-terms-of-use@2023-03-14 -> openai-terms-of-use@2024-01-31 (full-text)"),
                lines.get(0));
        assertTrue(lines.contains("removed line 22 [competing-model-ban,reverse-engineering,scraping]"
                + " -competing-model-ban,reverse-engineering,scraping"), out.toString());
        assertTrue(lines.contains("added line 43 [competing-model-ban] +competing-model-ban"), out.toString());
        assertTrue(lines.get(lines.size() - 1).equals("tags introduced: none; tags dropped: survival"), out.toString());
    }

    @Test
    void diffOfCatalogVersionsWorksWithoutTextsAndAsJson() throws Exception {
        assertEquals(0, run("diff", "mistral-terms-of-service", "2024-02-08", "2025-05-27", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("full-text", root.get("basis").asText(), "catalog versions are compared in their recorded texts");
        assertTrue(root.get("tagsIntroduced").toString().contains("any-model-ban"), root.toString());
        assertTrue(root.get("changes").size() > 0);
        assertEquals(0, run("diff", "openai-terms-of-use", "2023-03-14", "2024-01-31"));
        assertTrue(outLines().get(0).contains("(full-text)"), outLines().get(0));
    }
}
