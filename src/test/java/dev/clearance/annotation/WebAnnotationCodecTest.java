package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebAnnotationCodecTest {
    static final TermsRef V1 = TermsRef.parse("acme-terms@2025-01-01");
    static final TermsRef V2 = TermsRef.parse("acme-terms@2025-06-01");
    static final String TEXT_1 = "Intro 🚀.\n3.3 You will not use Output to develop models that compete with Acme.\n"
            + "4. Outputs belong to you.\n";
    static final String TEXT_2 = "Intro 🚀🚀.\n3.3 You will not use Output to build models that compete with Acme.\n";
    static final long PROJECT = 3;
    static final ObjectMapper JSON = new ObjectMapper();

    VersionTexts texts = VersionTexts.of(Map.of(V1, TEXT_1, V2, TEXT_2));
    WebAnnotationCodec codec = new WebAnnotationCodec(texts);
    InMemoryAnnotationRepository repository;
    AnnotationService service;

    @BeforeEach
    void setUp() {
        repository = new InMemoryAnnotationRepository();
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00.250Z"), ZoneOffset.UTC);
        service = new AnnotationService(repository, texts, clock);
        String clause = "You will not use Output to develop models that compete with Acme.";
        String owned = "Outputs belong to you.";
        service.create(PROJECT, selection(clause), Tag.COMPETING_MODEL_BAN, "Bars distillation; \"quoted\" ✓",
                List.of("checklist:acme-api@2025-01-01#competing-use", "finding:d1/competing-model-ban"), "Ada Lovelace");
        service.create(PROJECT, selection(owned), null, "", List.of(), "");
        service.create(PROJECT, selection("not use Output"), Tag.COMPETING_MODEL_BAN, "", List.of(), "bob");
        new ReAnchorService(repository, texts, clock).reAnchor(PROJECT, V1, V2);
    }

    static Selection selection(String words) {
        int from = TEXT_1.indexOf(words);
        return new Selection(V1, CodePoints.toCodePointOffset(TEXT_1, from),
                CodePoints.toCodePointOffset(TEXT_1, from + words.length()), words);
    }

    String export() {
        return codec.write("Clause annotations of project Acme", repository.listByProject(PROJECT));
    }

    @Test
    void exportImportExportIsByteIdentical() {
        String first = export();
        List<Annotation> read = codec.read(first, PROJECT);
        assertEquals(repository.listByProject(PROJECT), read, "every field survives");
        InMemoryAnnotationRepository other = new InMemoryAnnotationRepository();
        other.saveAll(read);
        assertEquals(first, codec.write("Clause annotations of project Acme", other.listByProject(PROJECT)));
    }

    @Test
    void theExportIsAW3cAnnotationCollection() throws Exception {
        JsonNode root = JSON.readTree(export());
        assertEquals(WebAnnotationCodec.W3C_CONTEXT, root.get("@context").get(0).asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        assertEquals(3, root.get("total").asInt());
        JsonNode changed = root.get("first").get("items").get(0);
        assertEquals("Annotation", changed.get("type").asText());
        assertEquals("urn:clearance:terms:acme-terms@2025-06-01", changed.get("target").get("source").asText());
        assertEquals("TextQuoteSelector", changed.get("target").get("selector").get(0).get("type").asText());
        assertEquals("TextPositionSelector", changed.get("target").get("selector").get(1).get("type").asText());
        assertEquals("tagging", changed.get("body").get(0).get("purpose").asText());
        assertEquals("competing-model-ban", changed.get("body").get(0).get("value").asText());
        assertEquals("commenting", changed.get("body").get(1).get("purpose").asText());
        assertEquals("linking", changed.get("body").get(2).get("purpose").asText());
        assertEquals("changed", changed.get("clearance:status").asText());
        assertEquals("You will not use Output to develop models that compete with Acme.",
                changed.get("clearance:previous").get("selector").get(0).get("exact").asText());
        assertEquals("Ada Lovelace", changed.get("creator").get("name").asText());
        assertEquals("orphaned", root.get("first").get("items").get(2).get("clearance:status").asText());
    }

    @Test
    void aSingleAnnotationAnArrayAndABarePageAreAccepted() throws Exception {
        JsonNode items = JSON.readTree(export()).get("first").get("items");
        assertEquals(1, codec.read(items.get(0).toString(), PROJECT).size());
        assertEquals(3, codec.read(items.toString(), PROJECT).size());
        ObjectNode page = JSON.createObjectNode().put("type", "AnnotationPage");
        page.set("items", items);
        assertEquals(3, codec.read(page.toString(), PROJECT).size());
    }

    @Test
    void aPlainW3cAnnotationWithoutClearanceExtensionsIsAnchored() {
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:3f2b7e8c-1d4a-4c6e-9b0a-2e5f6a7b8c9d",
                 "type": "Annotation", "motivation": "tagging", "created": "2026-01-02T03:04:05Z",
                 "modified": "2026-01-02T03:04:05Z", "creator": "carol",
                 "body": {"type": "TextualBody", "purpose": "tagging", "value": "competing-model-ban"},
                 "target": {"source": "urn:clearance:terms:acme-terms@2025-01-01",
                            "selector": [{"type": "TextPositionSelector", "start": 0, "end": 5},
                                         {"type": "TextQuoteSelector", "exact": "Intro"}]}}""";
        Annotation a = codec.read(json, PROJECT).get(0);
        assertEquals(AnchorStatus.ANCHORED, a.status());
        assertEquals("carol", a.creator());
        assertEquals(Tag.COMPETING_MODEL_BAN, a.tag());
    }

    /** Changes the first exported annotation, reads the file, and returns the first one's refusal. */
    String refusal(Consumer<ObjectNode> breakIt) throws Exception {
        ImportReport r = report(breakIt);
        assertEquals(2, r.imported().size(), "the others are imported: " + r.refused());
        assertEquals(1, r.refused().size(), r.refused().toString());
        return r.refused().get(0).toString();
    }

    ImportReport report(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(export());
        change.accept((ObjectNode) root.get("first").get("items").get(0));
        return codec.readReport(root.toString(), PROJECT, Instant.parse("2026-12-01T00:00:00Z"));
    }

    static ObjectNode selector(ObjectNode annotation, int i) {
        return (ObjectNode) annotation.get("target").get("selector").get(i);
    }

    @Test
    void malformedFilesAreRefusedWithTheJsonPath() throws Exception {
        assertTrue(assertThrows(AnnotationFormatException.class, () -> codec.read("{not json", PROJECT)).getMessage()
                .startsWith("$: not JSON"));
        assertEquals("$.type: expected \"Annotation\", \"AnnotationPage\" or \"AnnotationCollection\", found \"Dataset\"",
                assertThrows(AnnotationFormatException.class, () -> codec.read("{\"type\": \"Dataset\"}", PROJECT)).getMessage());
    }

    @Test
    void whatCannotBeAnchoredIsRefusedAloneWithItsPathAndReason() throws Exception {
        assertEquals("$.first.items[0].type: expected \"Annotation\", found \"Highlight\"",
                refusal(a -> a.put("type", "Highlight")));
        assertEquals("$.first.items[0].target.selector: missing: expected a TextQuoteSelector or a TextPositionSelector",
                refusal(a -> ((ObjectNode) a.get("target")).remove("selector")));
        assertEquals("$.first.items[0].target.selector[0].exact: \"something else\" is not in acme-terms@2025-06-01",
                refusal(a -> selector(a, 0).put("exact", "something else")));
        assertEquals("$.first.items[0].target.source: no catalog document has the address https://example.com/terms",
                refusal(a -> ((ObjectNode) a.get("target")).put("source", "https://example.com/terms")));
        assertEquals("$.first.items[0].target.source: acme-terms@2031-01-01 has no stored full text; add it with "
                        + "'terms add' first",
                refusal(a -> ((ObjectNode) a.get("target")).put("source", "urn:clearance:terms:acme-terms@2031-01-01")));
        int writes = repository.writes;
        ObjectNode root = (ObjectNode) JSON.readTree(export());
        selector((ObjectNode) root.get("first").get("items").get(0), 0).put("exact", "something else");
        ImportReport imported = service.importJsonLd(PROJECT, root.toString());
        assertEquals(2, imported.imported().size());
        assertEquals(1, imported.refused().size());
        assertEquals(writes + 1, repository.writes, "the others are saved in one transaction");
    }

    @Test
    void aPositionThatDoesNotHoldTheQuoteIsANoteAndTheQuoteAnchorsIt() throws Exception {
        ImportReport r = report(a -> selector(a, 1).put("start", -4));
        assertEquals(List.of(), r.refused());
        assertEquals("$.first.items[0].target.selector[1].start: -4 is negative; anchored by the quote",
                r.notes().get(0).toString());
        assertEquals(repository.listByProject(PROJECT), r.imported(), "anchored where it was");
        r = report(a -> selector(a, 1).put("start", 0).put("end", 10));
        assertTrue(r.notes().get(0).toString().startsWith("$.first.items[0].target.selector[1]: 0..10 does not hold "
                + "the quote in acme-terms@2025-06-01"), r.notes().toString());
        assertEquals(repository.listByProject(PROJECT), r.imported());
    }

    @Test
    void tagsOutsideTheVocabularyAndOtherIdsAreKept() throws Exception {
        ImportReport r = report(a -> {
            a.put("id", "note-1");
            ((ObjectNode) a.get("body").get(0)).put("value", "no-training");
        });
        assertEquals(List.of(), r.refused());
        Annotation a = r.imported().stream().filter(x -> x.id().equals("note-1")).findFirst().orElseThrow();
        assertEquals(null, a.tag());
        assertEquals(List.of("no-training"), a.ownTags());
    }

    @Test
    void duplicateIdsAreRefusedNamingBothPlaces() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(export());
        ArrayNode items = (ArrayNode) root.get("first").get("items");
        ((ObjectNode) items.get(1)).put("id", items.get(0).get("id").asText());
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class,
                () -> codec.read(root.toString(), PROJECT));
        assertTrue(e.getMessage().contains("$.first.items[1].id: " + items.get(0).get("id").asText()
                + " appears twice (first at $.first.items[0])"), e.getMessage());
    }

    @Test
    void everyRefusalIsListedAndAnUnreadableDateIsANote() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(export());
        ArrayNode items = (ArrayNode) root.get("first").get("items");
        ((ObjectNode) items.get(0)).put("created", "yesterday");
        ((ObjectNode) items.get(2)).put("clearance:status", "lost");
        ((ObjectNode) items.get(1)).put("type", "Bookmark");
        ImportReport r = codec.readReport(root.toString(), PROJECT, Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(List.of("$.first.items[1].type: expected \"Annotation\", found \"Bookmark\"",
                "$.first.items[2].clearance:status: 'lost' is not one of [anchored, moved, changed, orphaned]"),
                r.refused().stream().map(ImportReport.Problem::toString).toList());
        assertEquals("$.first.items[0].created: 'yesterday' is not a date-time like 2026-11-28T12:00:00Z; not used",
                r.notes().get(0).toString());
        assertEquals(1, r.imported().size());
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class,
                () -> codec.read(root.toString(), PROJECT));
        assertEquals(2, e.problems().size(), "read() is all or none");
    }
}
