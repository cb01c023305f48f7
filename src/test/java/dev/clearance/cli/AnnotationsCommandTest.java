package dev.clearance.cli;

import dev.clearance.testing.TestTermsTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.CodePoints;
import dev.clearance.annotation.ReAnchorService;
import dev.clearance.annotation.Selection;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.AddRequest;
import dev.clearance.terms.TermsService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The annotations command on a real H2 file with the real OpenAI terms texts added through the terms feature. */
class AnnotationsCommandTest {
    static final TermsRef NOV = TermsRef.parse("openai-terms-of-service@2023-11-14");
    static final TermsRef DEC = TermsRef.parse("openai-terms-of-service@2023-12-02");

    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    TermsService terms;
    AnnotationService annotations;
    ReAnchorService reAnchoring;
    long acme;
    StringWriter out;
    StringWriter err;

    static Path fixture(TermsRef ref) {
        return TestTermsTexts.file(ref + ".md");
    }

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        acme = projects.create(ProjectSettings.named("Acme")).id();
        projects.create(ProjectSettings.named("Other"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        terms = TermsService.withShippedData(new JdbcTermsRepository(db), clock);
        for (TermsRef ref : List.of(NOV, DEC)) {
            // A channel is given: JdbcTermsRepository cannot yet store a user document without one.
            terms.addVersion(new AddRequest(fixture(ref), ref.documentId(), ref.effectiveOn(), "OpenAI Terms of Use",
                    "openai", Channel.APP, ""));
        }
        annotations = new AnnotationService(new JdbcAnnotationRepository(db), VersionTexts.of(terms), clock);
        reAnchoring = new ReAnchorService(new JdbcAnnotationRepository(db), VersionTexts.of(terms), clock);
        annotate("Use Output to develop models that compete with OpenAI.", Tag.COMPETING_MODEL_BAN);
        annotate("How we are", null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    void annotate(String words, Tag tag) {
        String text = VersionTexts.of(terms).fullText(NOV).orElseThrow();
        int from = text.indexOf(words);
        annotations.create(acme, new Selection(NOV, CodePoints.toCodePointOffset(text, from),
                CodePoints.toCodePointOffset(text, from + words.length()), words), tag, "", List.of(), "alice");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = new CommandLine(new AnnotationsCommand(() -> annotations, () -> reAnchoring,
                name -> projects.findByName(name).map(p -> OptionalLong.of(p.id())).orElse(OptionalLong.empty())));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void reanchorThenListShowsEachStatusAndTheOldTextOfAChangedClause() {
        assertEquals(0, run("reanchor", "--project", "Acme", NOV.toString(), DEC.toString()), err.toString());
        assertTrue(out.toString().contains("2 annotation(s) carried from " + NOV + " to " + DEC
                + ": 0 anchored, 1 moved, 1 changed, 0 orphaned"), out.toString());

        assertEquals(0, run("list", "--project", "Acme"));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("ID"));
        assertTrue(lines.stream().anyMatch(l -> l.contains(DEC + " ") && l.contains("changed") && l.contains("\"Who we are\"")),
                out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("the clause you annotated changed; it read (" + NOV
                + " 1207..1217): \"How we are\"")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("competing-model-ban") && l.contains("moved")), out.toString());
        assertEquals("2 annotation(s); 1 need review (changed or orphaned).", lines.get(lines.size() - 1));
    }

    @Test
    void listFiltersAndSpeaksJson() throws Exception {
        assertEquals(0, run("list", "--project", "Acme", "--tag", "competing-model-ban", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("Acme", root.get("project").asText());
        assertEquals(1, root.get("annotations").size());
        JsonNode a = root.get("annotations").get(0);
        assertEquals("Use Output to develop models that compete with OpenAI.", a.get("exact").asText());
        assertEquals("anchored", a.get("status").asText());
        assertEquals(NOV.toString(), a.get("target").asText());
        assertEquals(2, run("list", "--project", "Acme", "--status", "lost"));
        assertTrue(err.toString().contains("--status lost is not one of [anchored, moved, changed, orphaned]"));
    }

    @Test
    void exportImportExportGivesTheSameFile() throws Exception {
        Path first = dir.resolve("first.jsonld");
        Path second = dir.resolve("second.jsonld");
        assertEquals(0, run("export", "--project", "Acme", "--out", first.toString()), err.toString());
        assertEquals("exported 2 annotation(s) of project Acme to " + first, out.toString().strip());
        assertEquals(0, run("import", "--project", "Acme", first.toString()), err.toString());
        assertEquals("imported 2 annotation(s) into project Acme; 0 need review (changed or orphaned); 0 refused",
                out.toString().strip());
        assertEquals(0, run("export", "--project", "Acme", "--out", second.toString()));
        assertEquals(Files.readString(first, StandardCharsets.UTF_8), Files.readString(second, StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedFileIsRefusedWholeWithItsPathAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("a.jsonld");
        assertEquals(0, run("export", "--project", "Acme", "--out", file.toString()));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        String broken = json.replace("\"urn:clearance:terms:", "\"urn:clearance:terms:gone-");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        long other = projects.findByName("Other").orElseThrow().id();

        assertEquals(2, run("import", "--project", "Other", file.toString()));
        assertTrue(err.toString().contains("nothing was imported"), err.toString());
        assertTrue(err.toString().contains("none of its 2 annotation(s) could be anchored"), err.toString());
        assertTrue(err.toString().contains("refused $.first.items[0].target.source: gone-"), err.toString());
        assertEquals(List.of(), annotations.list(other, AnnotationFilter.all()));
        assertEquals("", out.toString());
    }

    @Test
    void anotherProjectsIdsAreNotTakenOver() throws Exception {
        Path file = dir.resolve("a.jsonld");
        assertEquals(0, run("export", "--project", "Acme", "--out", file.toString()));
        assertEquals(2, run("import", "--project", "Other", file.toString()));
        assertTrue(err.toString().contains("belongs to another project"), err.toString());
    }

    @Test
    void anUnknownProjectOrAMissingOptionIsRefused() {
        assertEquals(2, run("list", "--project", "Nobody"));
        assertTrue(err.toString().contains("no project named \"Nobody\""));
        assertEquals(2, run("export", "--project", "Nobody", "--out", dir.resolve("x.jsonld").toString()));
        assertFalse(Files.exists(dir.resolve("x.jsonld")), "nothing written");
        assertEquals(1, run("list"));
        assertEquals(2, run("import", "--project", "Acme", dir.resolve("missing.jsonld").toString()));
        assertEquals(2, run("reanchor", "--project", "Acme", NOV.toString(), "openai-terms-of-service@2030-01-01"));
    }
}
