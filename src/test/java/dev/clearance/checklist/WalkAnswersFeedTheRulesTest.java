package dev.clearance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.rules.GoverningTerms;
import dev.clearance.rules.ReviewerAnswers;
import dev.clearance.rules.RuleEngine;
import dev.clearance.rules.RuleInput;
import dev.clearance.rules.TermsFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suggestions mirror the rules' reading; the reviewer's decisions in a walk change the findings. */
class WalkAnswersFeedTheRulesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Dataset DATA = new Dataset("d1", "Distilled chats", SourceType.SYNTHETIC, "claude-sonnet-4",
            "anthropic", "api", LocalDate.of(2026, 1, 10), "", List.of("distillation"), 5000L, "", "", "", false);

    private static ProjectSettings project(Purpose purpose, Distribution distribution) {
        return new ProjectSettings("Acme", "acme-7b", purpose, distribution, true, 10_000L, List.of("US"));
    }

    @Test
    void suggestionsFollowTheFactsAndTheProject() {
        Map<String, String> internalClassifier = AnswerSuggester.suggest(
                List.of(TermsFixtures.OPENAI_SERVICES.version()), project(Purpose.CLASSIFIER, Distribution.INTERNAL), DATA);
        assertEquals("yes", internalClassifier.get(QuestionIds.UNDISTRIBUTED_CLASSIFIER));
        assertEquals("no", internalClassifier.get(QuestionIds.COMPETES));
        assertEquals("no", internalClassifier.get(QuestionIds.MODEL_DISTRIBUTED));

        Map<String, String> anthropic = AnswerSuggester.suggest(List.of(TermsFixtures.ANTHROPIC_COMMERCIAL.version(),
                TermsFixtures.ANTHROPIC_USAGE_POLICY.version()), project(Purpose.DOMAIN_ASSISTANT, Distribution.HOSTED_API), DATA);
        assertEquals("any-model-ban", anthropic.get("restriction.kind"), "the strictest governing regime");
        assertEquals("anthropic-commercial-terms", anthropic.get("terms.document"));
        assertEquals("unsure", anthropic.get(QuestionIds.COMPETES));
    }

    @Test
    void aWrittenAuthorizationRecordedInTheWalkTurnsTheBlockedFindingLow() {
        List<GoverningTerms> governing = List.of(TermsFixtures.ANTHROPIC_COMMERCIAL, TermsFixtures.ANTHROPIC_USAGE_POLICY);
        List<TermsVersion> versions = governing.stream().map(GoverningTerms::version).toList();
        ProjectSettings project = project(Purpose.DOMAIN_ASSISTANT, Distribution.HOSTED_API);
        Walk walk = new Walk(ChecklistLoader.shipped(), new InMemoryChecklistAnswers(), 1L,
                WalkKey.of(DATA, versions.stream().map(TermsVersion::ref).toList()), WalkContext.of(versions, project),
                versions, Walk.Mode.SELF_ASSESSMENT, "founder@acme", CLOCK);
        walk.suggest(AnswerSuggester.suggest(versions, project, DATA));
        RuleEngine engine = RuleEngine.standard();

        DatasetAssessment before = engine.assess(new RuleInput(project, DATA, governing, List.of(),
                ReviewerAnswers.of(walk.answers().values())));
        walk.answer(QuestionIds.WRITTEN_AUTHORIZATION, "yes");
        walk.override(QuestionIds.COMPETES, "no", OverrideReason.SEPARATE_AGREEMENT,
                "Anthropic approved distillation for our legal-drafting assistant, letter of 2026-01-05");
        DatasetAssessment after = engine.assess(new RuleInput(project, DATA, governing, List.of(),
                ReviewerAnswers.of(walk.answers().values())));

        assertEquals(RiskLevel.BLOCKED, before.risk(), "suggestions alone change nothing");
        assertEquals(RiskLevel.LOW, after.risk());
        assertTrue(after.findings().stream().anyMatch(f -> f.message().contains(
                "reviewer answer to acceptance.written-authorization: \"yes\" (confirmed; by founder@acme)")),
                after.findings().toString());
    }
}
