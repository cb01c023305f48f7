package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotation files as Hypothesis, Recogito and other W3C tools write them (src/test/resources/annotation/import,
 * sources in its ATTRIBUTION.md), imported onto the recorded texts the catalog ships, on a real database.
 */
class ImportFromOtherToolsTest {
    static final TermsRef OSA_2025 = TermsRef.parse("openai-services-agreement@2025-05-31");
    static final TermsRef OSA_2026 = TermsRef.parse("openai-services-agreement@2026-01-01");
    static final TermsRef AUP_2024 = TermsRef.parse("anthropic-usage-policy@2024-06-06");
    static final TermsRef AUP_2025 = TermsRef.parse("anthropic-usage-policy@2025-09-15");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    TermsService terms;
    VersionTexts texts;
    JdbcAnnotationRepository repository;
    AnnotationService service;
    long project;
    long other;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        terms = TermsService.withShippedData(new JdbcTermsRepository(db), CLOCK);
        texts = VersionTexts.of(terms);
        repository = new JdbcAnnotationRepository(db);
        service = new AnnotationService(repository, texts, CLOCK);
        JdbcProjectRepository projects = new JdbcProjectRepository(db);
        project = projects.create(ProjectSettings.named("Support assistant")).id();
        other = projects.create(ProjectSettings.named("Other")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = ImportFromOtherToolsTest.class.getResourceAsStream("/annotation/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, String> refusals(ImportReport r) {
        return r.refused().stream().collect(Collectors.toMap(ImportReport.Problem::path, ImportReport.Problem::reason));
    }

    static Map<String, Annotation> byId(List<Annotation> list) {
        return list.stream().collect(Collectors.toMap(Annotation::id, Function.identity()));
    }

    String text(TermsRef ref) {
        return texts.fullText(ref).orElseThrow();
    }

    @Test
    void hypothesisRowsOnTheLivePageMapToTheVersionInForceThatHoldsTheQuote() throws IOException {
        ImportReport r = service.importJsonLd(project, fixture("hypothesis-openai-services-agreement.json"));

        assertEquals(2, r.imported().size(), r.toString());
        assertEquals(Map.of(
                "$.rows[2].target[0].selector", "missing: expected a TextQuoteSelector or a TextPositionSelector",
                "$.rows[3].target[0].source", "no catalog document has the address https://openai.com/policies/usage-policies/"),
                refusals(r), "the page note and the page outside the catalog are refused, each saying why");

        Map<String, Annotation> got = byId(service.list(project, AnnotationFilter.all()));
        Annotation ban = got.get("https://hypothes.is/a/kT3bXhZ4Eeq9xN8Zl0e1wA");
        assertEquals(OSA_2025, ban.target(), "annotated on 2025-08-12: the version then in force holds the quote");
        assertEquals("use Output to develop artificial intelligence models that compete with OpenAI’s products and services",
                ban.exact());
        assertEquals(ban.exact(), CodePoints.slice(text(OSA_2025), ban.start(), ban.end()), "anchored on the recorded text");
        assertEquals(Tag.COMPETING_MODEL_BAN, ban.tag());
        assertEquals(List.of("needs-counsel"), ban.ownTags());
        assertEquals("Ana Reviewer", ban.creator());
        assertEquals(Instant.parse("2025-08-12T09:14:03.412345Z"), ban.created());
        assertEquals(Instant.parse("2025-08-12T09:20:41.007801Z"), ban.modified());
        assertTrue(ban.comment().startsWith("Bars using API outputs"), ban.comment());
        assertEquals(AnchorStatus.ANCHORED, ban.status());
        assertTrue(r.notes().stream().anyMatch(n -> n.path().equals("$.rows[0].target[0].selector[1]")
                && n.reason().startsWith("14873..14973 does not hold the quote")), r.notes().toString());

        Annotation effective = got.get("https://hypothes.is/a/pQ8mWhZ5Eeq0c5fHk2yT9g");
        assertEquals(OSA_2026, effective.target(), "only the 2026 text says January 1, 2026");
        assertEquals("Effective: January 1, 2026**\n\n* * *\n\n_This OpenAI Services Agreement", effective.exact(),
                "the rendered page's quote is found in the Markdown, with its markup");
        assertEquals(List.of("effective-date"), effective.ownTags());
        assertNull(effective.tag());
    }

    @Test
    void recogitoAnnotationsAnchorByPositionWithCreatorsFromTheirBodies() throws IOException {
        ImportReport r = service.importJsonLd(project, fixture("recogito-anthropic-usage-policy.jsonld"));

        assertEquals(2, r.imported().size(), r.toString());
        assertEquals(Map.of("$[2].target.selector[0].exact",
                "\"You may not use Claude to build a competing frontier model\" is not in any version of "
                        + "anthropic-usage-policy (2 tried)"), refusals(r));
        Map<String, Annotation> got = byId(r.imported());
        Annotation training = got.get("#5f2c8a44-0b7e-4d51-9a36-1c2e7f9d3b10");
        assertEquals(AUP_2024, training.target(), "the quote is only in the 2024 policy");
        assertEquals(Tag.ANY_MODEL_BAN, training.tag());
        assertEquals(List.of("Distillation"), training.ownTags());
        assertEquals("Priya Counsel", training.creator(), "Recogito names the creator on the body");
        assertTrue(training.comment().startsWith("Training on Claude outputs"));
        Annotation automation = got.get("#a88b22d0-6106-4872-9435-c78b5e89fede");
        assertEquals(Tag.SCRAPING, automation.tag(), "a free-text tag that spells a vocabulary tag is that tag");
        assertEquals(List.of("$[0].target.source: https://www.anthropic.com/legal/aup read as " + AUP_2024),
                r.notes().stream().map(ImportReport.Problem::toString).toList(),
                "the address is read as a version; the positions match the recorded text");
    }

    @Test
    void w3cModelShapesSingleSelectorsIriCreatorsNoDatesNoIds() throws IOException {
        ImportReport r = service.importJsonLd(project, fixture("w3c-model-shapes.jsonld"));

        assertEquals(4, r.imported().size(), r.toString());
        assertEquals(Map.of(
                "$.items[3].target", "names a whole resource, not a passage: expected {source, selector}",
                "$.items[4].target.selector", "no TextQuoteSelector or TextPositionSelector: the passage cannot be found "
                        + "(RangeSelector, XPath and CSS selectors describe a web page, not the recorded text)"),
                refusals(r));
        Map<String, Annotation> got = byId(r.imported());

        Annotation exception = got.get("http://example.org/anno1");
        assertEquals(OSA_2026, exception.target(), "no date: the latest version holding the quote");
        String t = text(OSA_2026);
        int definition = CodePoints.toCodePointOffset(t, t.indexOf("“Permitted Exception” means") + 1);
        assertEquals(definition, exception.start(), "of the two occurrences, the one its prefix and suffix describe");
        assertEquals("http://example.org/user1", exception.creator(), "a creator given as an IRI is kept as it is");
        assertEquals(CLOCK.instant(), exception.created(), "no dates: the import time");
        assertEquals(exception.created(), exception.modified());
        assertTrue(exception.comment().startsWith("The permitted exception"), "a body without purpose is a comment");

        Annotation reverse = got.get("http://example.org/anno2");
        assertEquals("pat", reverse.creator(), "a Person known by a nickname");
        assertEquals(Tag.REVERSE_ENGINEERING, reverse.tag(), "bodyValue of a tagging annotation");
        assertEquals(OSA_2026, reverse.target(), "created 2026-02-03: the version in force then");

        Annotation highlight = r.imported().stream().filter(a -> a.id().startsWith("urn:uuid:")).findFirst().orElseThrow();
        assertEquals("Customer will not, and will not permit End Users to", highlight.exact(),
                "a position alone selects the words there");
        assertEquals("Sam Analyst", highlight.creator());
        assertNull(highlight.tag());
        assertEquals("", highlight.comment(), "a highlight without a body");

        Annotation extraction = got.get("http://example.org/anno6");
        assertEquals(Tag.SCRAPING, extraction.tag());
        assertEquals("Extraction ban.", extraction.comment());
        assertEquals(List.of("finding:d1/competing-model-ban"), extraction.links());

        ImportReport again = service.importJsonLd(project, fixture("w3c-model-shapes.jsonld"));
        assertEquals(r.imported().stream().map(Annotation::id).sorted().toList(),
                again.imported().stream().map(Annotation::id).sorted().toList(),
                "a minted id is the same on a second import: importing twice changes nothing");
        assertEquals(4, service.list(project, AnnotationFilter.all()).size());
    }

    @Test
    void importedAnnotationsReAnchorOntoTheNextVersion() throws IOException {
        service.importJsonLd(project, fixture("recogito-anthropic-usage-policy.jsonld"));
        service.importJsonLd(project, fixture("hypothesis-openai-services-agreement.json"));
        ReAnchorService reAnchoring = new ReAnchorService(repository, texts, CLOCK);

        ReAnchorService.Report aup = reAnchoring.reAnchor(project, AUP_2024, AUP_2025);
        Map<String, Annotation> after = byId(aup.outcomes().stream().map(ReAnchorService.Outcome::after).toList());
        Annotation training = after.get("#5f2c8a44-0b7e-4d51-9a36-1c2e7f9d3b10");
        assertEquals(AnchorStatus.CHANGED, training.status(), "2025 rewrote the training clause");
        assertTrue(training.exact().contains("to train an AI model"), training.exact());
        assertEquals("Unauthorized utilization of prompts and completions to train an AI model (e.g., “model scraping”)",
                training.previous().exact(), "the words the reviewer annotated in Recogito stay beside the new ones");
        assertEquals(List.of("Distillation"), training.ownTags(), "own tags travel with the annotation");
        assertEquals(AnchorStatus.MOVED,
                after.get("#a88b22d0-6106-4872-9435-c78b5e89fede").status(), "the automation clause is unchanged, elsewhere");

        ReAnchorService.Report osa = reAnchoring.reAnchor(project, OSA_2025, OSA_2026);
        Annotation ban = osa.outcomes().get(0).after();
        assertEquals(OSA_2026, ban.target());
        assertTrue(ban.status() == AnchorStatus.ANCHORED || ban.status() == AnchorStatus.MOVED, ban.status().id());
        assertEquals(ban.exact(), CodePoints.slice(text(OSA_2026), ban.start(), ban.end()));
    }

    @Test
    void ownTagsAreFilterableAndDefinable() throws IOException {
        service.importJsonLd(project, fixture("hypothesis-openai-services-agreement.json"));
        service.importJsonLd(project, fixture("recogito-anthropic-usage-policy.jsonld"));
        assertEquals(List.of("Distillation", "effective-date", "needs-counsel"), service.ownTags(project));
        assertEquals(List.of("https://hypothes.is/a/kT3bXhZ4Eeq9xN8Zl0e1wA"),
                service.list(project, AnnotationFilter.all().withOwnTag("needs-counsel")).stream().map(Annotation::id).toList());
        assertEquals(1, service.list(project, AnnotationFilter.all().withOwnTag("Distillation")
                .withTag(Tag.ANY_MODEL_BAN)).size(), "own and vocabulary tags filter together");

        service.defineOwnTag(project, "  ask-provider ");
        assertEquals(List.of("Distillation", "ask-provider", "effective-date", "needs-counsel"), service.ownTags(project));
        assertEquals(List.of(), service.ownTags(other), "a project's tags are its own");
        assertTrue(assertThrowsInput(() -> service.defineOwnTag(project, "Competing Model Ban"))
                .contains("is a vocabulary tag"));
        Annotation ban = service.list(project, AnnotationFilter.all().withOwnTag("needs-counsel")).get(0);
        service.editOwnTags(ban.id(), List.of("needs-counsel", "ask-provider"));
        assertEquals(1, service.list(project, AnnotationFilter.all().withOwnTag("ask-provider")).size());
        assertTrue(service.removeOwnTag(project, "ask-provider"));
        assertTrue(service.ownTags(project).contains("ask-provider"), "still used by an annotation");
    }

    @Test
    void exportOfImportedAnnotationsReadsBackUnchanged() throws IOException {
        service.importJsonLd(project, fixture("hypothesis-openai-services-agreement.json"));
        service.importJsonLd(project, fixture("recogito-anthropic-usage-policy.jsonld"));
        service.importJsonLd(project, fixture("w3c-model-shapes.jsonld"));
        String first = service.exportJsonLd(project, "Clause annotations of project Support assistant");
        assertTrue(first.contains("\"value\" : \"needs-counsel\""), "own tags are exported as tagging bodies");
        ImportReport back = service.importJsonLd(project, first);
        assertEquals(List.of(), back.refused());
        assertEquals(List.of(), back.notes(), "our own file reads back without a note");
        assertEquals(first, service.exportJsonLd(project, "Clause annotations of project Support assistant"));
    }

    @Test
    void idsOfAnotherProjectAreRefusedOneByOne() throws IOException {
        service.importJsonLd(project, fixture("recogito-anthropic-usage-policy.jsonld"));
        ImportReport r = service.importJsonLd(other, fixture("recogito-anthropic-usage-policy.jsonld"));
        assertTrue(r.nothingImported());
        assertEquals("annotation id #5f2c8a44-0b7e-4d51-9a36-1c2e7f9d3b10 belongs to another project",
                refusals(r).get("$[0].id"));
    }

    static String assertThrowsInput(org.junit.jupiter.api.function.Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(AnnotationInputException.class, e).getMessage();
    }
}
