package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnotationServiceTest {
    static final TermsRef V1 = TermsRef.parse("acme-terms@2025-01-01");
    static final String TEXT = "1. Use 🚀 rockets freely.\n2. Do not use Output to develop models that compete with Acme. 🚫\n";
    static final long PROJECT = 7;

    InMemoryAnnotationRepository repository;
    AnnotationService service;

    @BeforeEach
    void setUp() {
        repository = new InMemoryAnnotationRepository();
        service = new AnnotationService(repository, VersionTexts.of(Map.of(V1, TEXT)),
                Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
    }

    /** The selection as the UI makes it: UTF-16 indices of the words, converted at the edge. */
    static Selection select(String words) {
        int from = TEXT.indexOf(words);
        return new Selection(V1, CodePoints.toCodePointOffset(TEXT, from),
                CodePoints.toCodePointOffset(TEXT, from + words.length()), words);
    }

    Annotation competingClause() {
        return service.create(PROJECT, select("use Output to develop models that compete with Acme"),
                Tag.COMPETING_MODEL_BAN, "Bars distillation into a rival assistant.",
                List.of("checklist:acme-api@2025-01-01#competing-use", "finding:d1/competing-model-ban"), "alice");
    }

    @Test
    void positionsCountCodePointsSoAnEmojiIsOneCharacter() {
        Annotation a = competingClause();
        // "1. Use 🚀 rockets freely.\n2. Do not " is 36 UTF-16 units but 35 code points: the rocket is one.
        assertEquals(36, TEXT.indexOf("use Output"));
        assertEquals(35, a.start());
        assertEquals(35 + 51, a.end());
        assertEquals(36, CodePoints.toUtf16Index(TEXT, a.start()), "the UI converts back to its own indices");
    }

    @Test
    void createKeepsTheQuoteWithThirtyTwoCodePointsOfContext() {
        Annotation a = competingClause();
        assertEquals("use Output to develop models that compete with Acme", a.exact());
        assertEquals(32, CodePoints.length(a.prefix()));
        assertEquals(". 🚫\n", a.suffix());
        assertTrue(a.id().startsWith("urn:uuid:"));
        assertEquals(AnchorStatus.ANCHORED, a.status());
        assertEquals(Instant.parse("2026-11-28T12:00:00Z"), a.created());
        assertEquals(List.of(a), repository.listByProject(PROJECT), "saved as made");
    }

    @Test
    void aSelectionOnAStaleViewIsRefused() {
        Selection wrong = new Selection(V1, 35, 86, "use Output to develop models that compete with Bcme");
        AnnotationInputException e = assertThrows(AnnotationInputException.class,
                () -> service.create(PROJECT, wrong, null, "", List.of(), "alice"));
        assertTrue(e.getMessage().contains("not the selected"), e.getMessage());
        assertEquals(0, repository.writes);
    }

    @Test
    void rangesOutsideTheTextOrEmptyAreRefused() {
        int length = CodePoints.length(TEXT);
        for (Selection s : List.of(new Selection(V1, -1, 3, "x"), new Selection(V1, 5, 5, ""),
                new Selection(V1, length - 1, length + 1, "\n"))) {
            assertThrows(AnnotationInputException.class, () -> service.create(PROJECT, s, null, "", List.of(), "a"));
        }
        assertThrows(AnnotationInputException.class, () -> service.create(PROJECT,
                new Selection(TermsRef.parse("acme-terms@2024-01-01"), 0, 1, "1"), null, "", List.of(), "a"),
                "a version without stored text cannot be annotated");
        assertThrows(AnnotationInputException.class, () -> service.create(PROJECT, select("rockets"), null, "",
                List.of("not a link"), "a"));
        assertEquals(0, repository.writes);
    }

    @Test
    void overlappingAnnotationsAreAllowed() {
        Annotation whole = competingClause();
        Annotation part = service.create(PROJECT, select("compete with Acme"), Tag.COMPETING_MODEL_BAN, "", List.of(), "bob");
        assertEquals(List.of(whole, part), service.list(PROJECT, AnnotationFilter.all()));
    }

    @Test
    void editReplacesTagCommentAndLinksButNotTheAnchor() {
        Annotation a = competingClause();
        Annotation edited = service.edit(a.id(), Tag.PERMITTED_EXCEPTION, "re-read", List.of());
        assertEquals(Tag.PERMITTED_EXCEPTION, edited.tag());
        assertEquals(a.exact(), edited.exact());
        assertEquals(List.of(), edited.links());
        assertEquals(edited, service.find(a.id()).orElseThrow());
    }

    @Test
    void deleteReturnsTheAnnotationAndRestoreUndoesIt() {
        Annotation a = competingClause();
        Annotation deleted = service.delete(a.id());
        assertEquals(a, deleted);
        assertTrue(service.find(a.id()).isEmpty());
        assertEquals(a, service.restore(deleted));
        assertEquals(List.of(a), service.list(PROJECT, AnnotationFilter.all()));
        assertThrows(AnnotationInputException.class, () -> service.restore(deleted), "restoring twice is refused");
    }

    @Test
    void listFiltersByTagAuthorStatusAndVersion() {
        Annotation alice = competingClause();
        Annotation bob = service.create(PROJECT, select("rockets"), Tag.OUTPUT_USE_PERMITTED, "", List.of(), "bob");
        assertEquals(List.of(alice), service.list(PROJECT, AnnotationFilter.all().withTag(Tag.COMPETING_MODEL_BAN)));
        assertEquals(List.of(bob), service.list(PROJECT, AnnotationFilter.all().withCreator("bob")));
        assertEquals(List.of(), service.list(PROJECT, AnnotationFilter.all().withStatus(AnchorStatus.CHANGED)));
        assertEquals(2, service.list(PROJECT, AnnotationFilter.all().withVersion(TermsRef.parse("acme-terms"))).size());
        assertEquals(List.of(), service.list(PROJECT + 1, AnnotationFilter.all()));
    }

    @Test
    void importRefusesRepeatedIdsAndWritesNothing() {
        Annotation a = competingClause();
        int writes = repository.writes;
        AnnotationInputException e = assertThrows(AnnotationInputException.class,
                () -> service.importAll(PROJECT, List.of(a, a)));
        assertTrue(e.getMessage().contains("appears twice"));
        assertEquals(writes, repository.writes);
    }
}
