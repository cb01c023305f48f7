package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Carrying a project's annotations through the real Mistral and OpenAI version chains. */
class ReAnchorServiceTest {
    static final TermsRef MISTRAL_FEB = TermsRef.parse("mistral-terms-of-service@2024-02-08");
    static final TermsRef MISTRAL_MAY = TermsRef.parse("mistral-terms-of-service@2024-05-22");
    static final TermsRef MISTRAL_2025 = TermsRef.parse("mistral-terms-of-service@2025-02-05");
    static final TermsRef OPENAI_NOV = TermsRef.parse("openai-terms-of-service@2023-11-14");
    static final TermsRef OPENAI_DEC = TermsRef.parse("openai-terms-of-service@2023-12-02");
    static final TermsRef OPENAI_FEB = TermsRef.parse("openai-terms-of-service@2024-02-10");
    static final long PROJECT = 1;

    static VersionTexts texts;
    InMemoryAnnotationRepository repository;
    AnnotationService annotations;
    ReAnchorService reAnchoring;

    @BeforeEach
    void setUp() {
        if (texts == null) {
            texts = TermsFixtures.all();
        }
        repository = new InMemoryAnnotationRepository();
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        annotations = new AnnotationService(repository, texts, clock);
        reAnchoring = new ReAnchorService(repository, texts, clock);
    }

    Annotation annotate(TermsRef version, String words, Tag tag) {
        String text = texts.fullText(version).orElseThrow();
        int from = text.indexOf(words);
        assertTrue(from >= 0, words);
        Selection s = new Selection(version, CodePoints.toCodePointOffset(text, from),
                CodePoints.toCodePointOffset(text, from + words.length()), words);
        return annotations.create(PROJECT, s, tag, "", List.of("checklist:mistral-api#competing-use"), "alice");
    }

    Annotation reload(Annotation a) {
        return repository.find(a.id()).orElseThrow();
    }

    @Test
    void mistralChainKeepsWhatTheReviewerAnnotatedAndNeverLowersAnAlarm() {
        Annotation ban = annotate(MISTRAL_FEB, "Not use Outputs to develop model(s) that compete with Mistral AI and/or"
                + " to reverse-engineer Our Services.", Tag.COMPETING_MODEL_BAN);
        Annotation scraping = annotate(MISTRAL_FEB, "including by scraping, except as otherwise authorized under the"
                + " terms of this Agreement.", Tag.SCRAPING);
        Annotation ownership = annotate(MISTRAL_FEB, "**Output ownership**.Where applicable, We assign to You, all the"
                + " intellectual property rights in and to the Outputs", Tag.OUTPUT_USE_PERMITTED);

        ReAnchorService.Report may = reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, MISTRAL_MAY);
        assertEquals(Map.of(AnchorStatus.ANCHORED, 0, AnchorStatus.MOVED, 1, AnchorStatus.CHANGED, 1,
                AnchorStatus.ORPHANED, 1), may.countsByStatus());
        assertEquals(2, may.needingReview().size());
        // May 22 drops the competing-model ban: orphaned, an empty range on the new version, old words kept.
        Annotation banInMay = reload(ban);
        assertEquals(AnchorStatus.ORPHANED, banInMay.status());
        assertEquals(MISTRAL_MAY, banInMay.target());
        assertEquals("", banInMay.exact());
        assertEquals(new PreviousAnchor(MISTRAL_FEB, ban.start(), ban.end(), ban.exact()), banInMay.previous());
        assertEquals(Tag.COMPETING_MODEL_BAN, banInMay.tag(), "the reviewer's content travels with it");

        ReAnchorService.Report in2025 = reAnchoring.reAnchor(PROJECT, MISTRAL_MAY, MISTRAL_2025);
        assertEquals(3, in2025.outcomes().size());
        Annotation banIn2025 = reload(ban);
        assertEquals(AnchorStatus.ORPHANED, banIn2025.status(), "still gone");
        assertEquals(ban.exact(), banIn2025.previous().exact(), "the old text shown is the one the reviewer annotated");
        // The scraping bullet moved in May, then its full stop became a semicolon in 2025.
        Annotation scrapingIn2025 = reload(scraping);
        assertEquals(AnchorStatus.CHANGED, scrapingIn2025.status());
        assertEquals("including by scraping, except as otherwise authorized under the terms of this Agreement;",
                scrapingIn2025.exact());
        assertEquals(MISTRAL_FEB, scrapingIn2025.previous().target());
        // Ownership changed in May; in 2025 it changes again; it stays changed against the February words.
        Annotation ownershipIn2025 = reload(ownership);
        assertEquals(AnchorStatus.CHANGED, ownershipIn2025.status());
        assertEquals(ownership.exact(), ownershipIn2025.previous().exact());
        assertTrue(ownershipIn2025.exact().startsWith("**Output ownership**.We do not claim any ownership"),
                ownershipIn2025.exact());
    }

    @Test
    void reAnchoringTwiceChangesNothing() {
        annotate(MISTRAL_FEB, "Not use the Services in any manner for the purpose of building a similar or competitive"
                + " service.", Tag.COMPETING_MODEL_BAN);
        reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, MISTRAL_MAY);
        List<Annotation> after = repository.listByProject(PROJECT);
        int writes = repository.writes;
        assertEquals(List.of(), reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, MISTRAL_MAY).outcomes());
        assertEquals(after, repository.listByProject(PROJECT));
        assertEquals(writes, repository.writes);
    }

    @Test
    void aMovedAnnotationStaysMovedUntilTheReviewerConfirmsIt() {
        Annotation competing = annotate(OPENAI_NOV, "Use Output to develop models that compete with OpenAI.",
                Tag.COMPETING_MODEL_BAN);
        assertEquals(AnchorStatus.MOVED, reAnchoring.reAnchor(PROJECT, OPENAI_NOV, OPENAI_DEC).outcomes().get(0).status());
        ReAnchorService.Outcome feb = reAnchoring.reAnchor(PROJECT, OPENAI_DEC, OPENAI_FEB).outcomes().get(0);
        assertEquals(AnchorStatus.ANCHORED, feb.found().status(), "Feb 10 leaves it in place");
        assertEquals(AnchorStatus.MOVED, feb.status(), "but it is not where the reviewer marked it");
        assertEquals(competing.start() - 1, feb.after().start());

        Annotation confirmed = annotations.confirm(competing.id());
        assertEquals(AnchorStatus.ANCHORED, confirmed.status());
        assertNull(confirmed.previous());
        assertEquals(OPENAI_FEB, confirmed.target());
    }

    @Test
    void aNewVersionCarriesTheAnnotationsOfEveryProject() {
        annotate(OPENAI_NOV, "How we are", null);
        String text = texts.fullText(OPENAI_NOV).orElseThrow();
        String words = "Use Output to develop models that compete with OpenAI.";
        int from = CodePoints.toCodePointOffset(text, text.indexOf(words));
        annotations.create(PROJECT + 1, new Selection(OPENAI_NOV, from, from + CodePoints.length(words), words),
                Tag.COMPETING_MODEL_BAN, "", List.of(), "bob");

        Map<Long, ReAnchorService.Report> reports = reAnchoring.reAnchorEveryProject(OPENAI_NOV, OPENAI_DEC);

        assertEquals(List.of(PROJECT, PROJECT + 1), List.copyOf(reports.keySet()));
        assertEquals(AnchorStatus.CHANGED, reports.get(PROJECT).outcomes().get(0).status());
        assertEquals(AnchorStatus.MOVED, reports.get(PROJECT + 1).outcomes().get(0).status());
        assertEquals(List.of(), repository.listByVersion(OPENAI_NOV), "nothing is left on the old version");
        assertEquals(Map.of(), reAnchoring.reAnchorEveryProject(OPENAI_NOV, OPENAI_DEC), "a second run finds nothing");
    }

    @Test
    void anOrphanCannotBeConfirmed() {
        Annotation gone = annotate(MISTRAL_FEB, "Not use Our Services for competitive analysis or build competitive"
                + " products or services.", Tag.COMPETING_MODEL_BAN);
        reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, MISTRAL_MAY);
        assertThrows(AnnotationInputException.class, () -> annotations.confirm(gone.id()));
    }

    @Test
    void onlyVersionsOfOneDocumentWithStoredTextsCanBeBridged() {
        annotate(MISTRAL_FEB, "Not use Our Services for competitive analysis", Tag.COMPETING_MODEL_BAN);
        assertThrows(AnnotationInputException.class, () -> reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, OPENAI_DEC));
        assertThrows(AnnotationInputException.class, () -> reAnchoring.reAnchor(PROJECT, MISTRAL_FEB, MISTRAL_FEB));
        assertThrows(AnnotationInputException.class, () -> reAnchoring.reAnchor(PROJECT, MISTRAL_FEB,
                TermsRef.parse("mistral-terms-of-service@2030-01-01")));
    }
}
