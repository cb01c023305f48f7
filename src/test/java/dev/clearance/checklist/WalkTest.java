package dev.clearance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.checklist.Walk.Mode;
import dev.clearance.checklist.Walk.SectionState;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.rules.TermsFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guided walk as a state machine, without any view model or database. */
class WalkTest {
    private static final Checklist CHECKLIST = ChecklistLoader.shipped();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final ProjectSettings HOSTED_ASSISTANT = new ProjectSettings("Acme", "acme-assist-7b",
            Purpose.GENERAL_ASSISTANT, Distribution.HOSTED_API, true, 50_000L, List.of("US"));
    private static final TermsVersion OPENAI = TermsFixtures.OPENAI_SERVICES.version();
    private static final Dataset DIALOGUES = new Dataset("d1", "Support dialogues", SourceType.SYNTHETIC, "gpt-4o",
            "openai", "api", LocalDate.of(2026, 2, 1), "", List.of("fine-tuning"), 1000L, "", "", "", false);
    private static final WalkKey KEY = WalkKey.of(DIALOGUES, List.of(OPENAI.ref()));

    private final InMemoryChecklistAnswers repository = new InMemoryChecklistAnswers();

    private Walk open(ProjectSettings project, Mode mode, TermsVersion... governing) {
        return new Walk(CHECKLIST, repository, 7L, KEY, WalkContext.of(List.of(governing), project), List.of(governing),
                mode, "counsel@acme", CLOCK);
    }

    private Walk suggestedWalk(Mode mode) {
        Walk walk = open(HOSTED_ASSISTANT, mode, OPENAI);
        walk.suggest(List.of(OPENAI), HOSTED_ASSISTANT, DIALOGUES);
        return walk;
    }

    @Test
    void asksOnlyTheQuestionsThatApplyToTheRegimeAndProject() {
        Walk walk = open(HOSTED_ASSISTANT, Mode.SELF_ASSESSMENT, OPENAI);

        List<String> sections = walk.sections().stream().map(ChecklistSection::id).toList();
        assertTrue(sections.contains("competition"));
        assertFalse(sections.contains("derivatives"), "pass-through questions are not asked under a competing-model ban");
        assertFalse(sections.contains("non-commercial"));
        assertTrue(walk.questions("exceptions").stream().noneMatch(q -> q.id().equals(QuestionIds.UNDISTRIBUTED_CLASSIFIER)),
                "the classifier exception is asked only of classifiers and embedding models");
    }

    @Test
    void walksForwardAndBackAcrossSectionsAndJumps() {
        Walk walk = open(HOSTED_ASSISTANT, Mode.SELF_ASSESSMENT, OPENAI);
        assertEquals("source.model", walk.current().id());
        assertFalse(walk.back());

        for (int i = 0; i < 5; i++) {
            assertTrue(walk.next());
        }
        assertEquals("terms.document", walk.current().id());
        assertEquals("terms", walk.currentSection().id());
        assertTrue(walk.back());
        assertEquals("source.last-generated", walk.current().id());

        walk.jumpToSection("conclusion");
        walk.jumpTo("conclusion.notes");
        assertFalse(walk.next(), "the last question has no next");
        assertThrows(IllegalArgumentException.class, () -> walk.jumpTo("derivatives.notices"));
    }

    @Test
    void suggestionsComeFromTheCatalogFactsAndTheProjectAndAreSavedAsSuggested() {
        Walk walk = suggestedWalk(Mode.SELF_ASSESSMENT);

        assertEquals("competing-model-ban", walk.answer("restriction.kind").orElseThrow().answer());
        assertEquals("yes", walk.answer(QuestionIds.COMPETES).orElseThrow().answer());
        assertEquals("2026-02-01", walk.answer("source.first-generated").orElseThrow().answer());
        assertEquals(AnswerStatus.SUGGESTED, walk.answer(QuestionIds.COMPETES).orElseThrow().status());
        assertEquals(AnswerStatus.SUGGESTED,
                repository.find(7L, KEY.id(), QuestionIds.COMPETES).orElseThrow().status(), "persisted as entered");
    }

    @Test
    void confirmingASuggestionMakesItTheReviewersDecision() {
        Walk walk = suggestedWalk(Mode.SELF_ASSESSMENT);

        ChecklistAnswer a = walk.confirm("restriction.kind");

        assertEquals(AnswerStatus.CONFIRMED, a.status());
        assertEquals("counsel@acme", a.updatedBy());
        assertEquals(a, repository.find(7L, KEY.id(), "restriction.kind").orElseThrow());
    }

    @Test
    void changingASuggestedAnswerNeedsAReasonFromTheListAndAComment() {
        Walk walk = suggestedWalk(Mode.SELF_ASSESSMENT);

        assertThrows(IllegalStateException.class, () -> walk.answer(QuestionIds.COMPETES, "no"));
        assertThrows(IllegalArgumentException.class, () -> walk.override(QuestionIds.COMPETES, "no", null, "why"));
        assertThrows(IllegalArgumentException.class,
                () -> walk.override(QuestionIds.COMPETES, "no", OverrideReason.COUNSEL_OPINION, " "));

        ChecklistAnswer a = walk.override(QuestionIds.COMPETES, "no", OverrideReason.COUNSEL_OPINION,
                "Only codes radiology reports; OpenAI sells no such product");
        assertEquals(AnswerStatus.OVERRIDDEN, a.status());
        assertEquals(OverrideReason.COUNSEL_OPINION, a.reason());
    }

    @Test
    void editingACommentNeverResetsAConfirmedDecision() {
        Walk walk = suggestedWalk(Mode.SELF_ASSESSMENT);
        walk.override(QuestionIds.COMPETES, "no", OverrideReason.FACTS_DIFFER, "The model is internal after all");

        ChecklistAnswer edited = walk.comment(QuestionIds.COMPETES, "Internal only; confirmed with the CTO on 2026-03-01");
        walk.suggest(AnswerSuggester.suggest(List.of(OPENAI), HOSTED_ASSISTANT, DIALOGUES));

        ChecklistAnswer after = walk.answer(QuestionIds.COMPETES).orElseThrow();
        assertEquals(edited, after);
        assertEquals("no", after.answer());
        assertEquals(AnswerStatus.OVERRIDDEN, after.status());
        assertThrows(IllegalArgumentException.class, () -> walk.comment(QuestionIds.COMPETES, ""),
                "an override keeps its reason");
    }

    @Test
    void answersAreCheckedAgainstTheQuestionsAnswerType() {
        Walk walk = open(HOSTED_ASSISTANT, Mode.SELF_ASSESSMENT, OPENAI);

        assertThrows(IllegalArgumentException.class, () -> walk.answer("source.first-generated", "last spring"));
        assertThrows(IllegalArgumentException.class, () -> walk.answer("source.channel", "carrier-pigeon"));
        assertThrows(IllegalArgumentException.class, () -> walk.answer(QuestionIds.COMPETES, "maybe"));
        assertEquals(AnswerStatus.CONFIRMED, walk.answer("source.channel", "api").status());
    }

    @Test
    void sectionStatesFollowTheAnswers() {
        Walk walk = open(HOSTED_ASSISTANT, Mode.SELF_ASSESSMENT, OPENAI);
        assertEquals(SectionState.NOT_STARTED, walk.state("terms"));

        walk.suggest(AnswerSuggester.suggest(List.of(OPENAI), HOSTED_ASSISTANT, DIALOGUES));
        assertEquals(SectionState.IN_PROGRESS, walk.state("terms"), "suggestions alone do not complete a section");

        walk.confirm("terms.document");
        walk.confirm("terms.version");
        walk.answer("terms.negotiated", "no");
        assertEquals(SectionState.COMPLETE, walk.state("terms"));

        walk.override(QuestionIds.COMPETES, "unsure", OverrideReason.OTHER, "Overlap with ChatGPT Enterprise unclear");
        assertEquals(SectionState.NEEDS_ATTENTION, walk.state("competition"));
        assertFalse(walk.isComplete());
    }

    @Test
    void selfAssessmentSaysWhenToAskALawyerAndCounselReviewLeadsWithCitations() {
        Walk self = suggestedWalk(Mode.SELF_ASSESSMENT);
        self.override(QuestionIds.COMPETES, "unsure", OverrideReason.OTHER, "Not sure what compete means here");
        Finding high = new Finding("competing-model-ban", RiskLevel.HIGH, "…", List.of(), "…");

        assertEquals(2, self.askALawyer(List.of(high)).size());
        self.jumpTo(QuestionIds.COMPETES);
        QuestionPrompt plain = self.prompt();
        assertTrue(plain.askALawyer());
        assertEquals(plain.question().text(), plain.lines().get(0));
        assertEquals(plain.question().hint(), plain.lines().get(1));

        Walk counsel = open(HOSTED_ASSISTANT, Mode.COUNSEL_REVIEW, OPENAI);
        counsel.jumpTo(QuestionIds.COMPETES);
        QuestionPrompt compact = counsel.prompt();
        assertEquals("openai-services-agreement@2026-01-01 §3.3(e) Restrictions", compact.lines().get(0));
        assertFalse(compact.lines().contains(compact.question().hint()));
        assertTrue(counsel.askALawyer(List.of(high)).isEmpty());
    }

    @Test
    void reopeningAWalkRestoresItsAnswers() {
        Walk first = suggestedWalk(Mode.SELF_ASSESSMENT);
        first.confirm("restriction.kind");

        Walk again = open(HOSTED_ASSISTANT, Mode.SELF_ASSESSMENT, OPENAI);

        assertEquals(AnswerStatus.CONFIRMED, again.answer("restriction.kind").orElseThrow().status());
        assertEquals(first.answers(), again.answers());
    }

    @Test
    void datasetsOfOneChannelAndVersionShareAWalkUntilOneIsSplitOff() {
        Dataset second = new Dataset("d2", "Tickets", SourceType.SYNTHETIC, "gpt-4o-mini", "openai", "api",
                LocalDate.of(2026, 2, 3), "", List.of("fine-tuning"), 10L, "", "", "", false);
        Dataset viaApp = new Dataset("d3", "Chat exports", SourceType.SYNTHETIC, "gpt-4o", "openai", "app",
                LocalDate.of(2026, 2, 3), "", List.of("fine-tuning"), 10L, "", "", "", false);
        Map<String, List<TermsRef>> terms = Map.of("d1", List.of(OPENAI.ref()), "d2", List.of(OPENAI.ref()),
                "d3", List.of(TermsFixtures.OPENAI_CONSUMER.version().ref()));

        Map<WalkKey, List<Dataset>> shared = WalkGrouping.group(List.of(DIALOGUES, second, viaApp),
                d -> terms.get(d.id()), Set.of());
        assertEquals(List.of("api:openai-services-agreement@2026-01-01", "app:openai-terms-of-use@2024-01-31"),
                shared.keySet().stream().map(WalkKey::id).toList());
        assertEquals(2, shared.get(KEY).size());

        suggestedWalk(Mode.SELF_ASSESSMENT).confirm("restriction.kind");
        WalkKey split = WalkGrouping.splitOff(repository, 7L, KEY, "d2");
        assertEquals("api:openai-services-agreement@2026-01-01#d2", split.id());
        assertEquals(repository.list(7L, KEY.id()), repository.list(7L, split.id()), "starts from the shared answers");
        Map<WalkKey, List<Dataset>> after = WalkGrouping.group(List.of(DIALOGUES, second, viaApp),
                d -> terms.get(d.id()), Set.of("d2"));
        assertEquals(List.of(second), after.get(split));
    }

    @Test
    void walkKeysRoundTripIncludingCloudChannelsAndSeveralDocuments() {
        for (String id : List.of("api:openai-services-agreement@2026-01-01",
                "cloud:azure:azure-openai-terms@2025-10-01",
                "api:anthropic-commercial-terms@2025-06-17+anthropic-usage-policy@2025-09-15#d9",
                "weights:unresolved:mystery-7b")) {
            assertEquals(id, WalkKey.parse(id).id());
        }
        assertEquals("cloud:azure", WalkKey.parse("cloud:azure:azure-openai-terms@2025-10-01").channel());
    }
}
