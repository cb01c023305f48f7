package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.checklist.ChecklistLoader;
import dev.clearance.checklist.Walk;
import dev.clearance.checklist.WalkContext;
import dev.clearance.checklist.WalkKey;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.rules.TermsFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcChecklistAnswerRepositoryTest {
    private static final String WALK = "api:openai-services-agreement@2026-01-01";
    private static final Instant AT = Instant.parse("2026-03-01T09:15:30Z");

    @TempDir
    Path dir;
    Database db;
    JdbcChecklistAnswerRepository answers;
    long projectId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        answers = new JdbcChecklistAnswerRepository(db);
        projectId = new JdbcProjectRepository(db).create(ProjectSettings.named("Acme")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ChecklistAnswer overridden() {
        return new ChecklistAnswer("competition.competes", "no", AnswerStatus.OVERRIDDEN, OverrideReason.COUNSEL_OPINION,
                "Radiology coder; \"no overlap\", ünïcode", "counsel@acme", AT);
    }

    @Test
    void answersRoundTripExactlyWithStatusReasonAndComment() {
        ChecklistAnswer suggested = new ChecklistAnswer("restriction.kind", "competing-model-ban", AnswerStatus.SUGGESTED,
                null, "", "", AT);
        answers.save(projectId, WALK, overridden());
        answers.save(projectId, WALK, suggested);

        assertEquals(List.of(overridden(), suggested), answers.list(projectId, WALK));
        assertEquals(overridden(), answers.find(projectId, WALK, "competition.competes").orElseThrow());
    }

    @Test
    void savingAgainReplacesTheAnswerToThatQuestion() {
        answers.save(projectId, WALK, overridden());
        ChecklistAnswer edited = overridden().withComment("Confirmed with the CTO", "counsel@acme", AT.plusSeconds(60));
        answers.save(projectId, WALK, edited);

        assertEquals(List.of(edited), answers.list(projectId, WALK));
    }

    @Test
    void walksAreKeptApartAndCopiedForASplitOffDataset() {
        answers.save(projectId, WALK, overridden());
        answers.save(projectId, "app:openai-terms-of-use@2023-11-14", new ChecklistAnswer("source.channel", "app",
                AnswerStatus.CONFIRMED, null, "", "me", AT));

        assertEquals(1, answers.copyWalk(projectId, WALK, WALK + "#d2"));

        assertEquals(List.of(WALK, WALK + "#d2", "app:openai-terms-of-use@2023-11-14").stream().sorted().toList(),
                List.copyOf(answers.listByWalk(projectId).keySet()));
        assertEquals(answers.list(projectId, WALK), answers.list(projectId, WALK + "#d2"));
    }

    @Test
    void deleteRemovesOneAnswerAndSaysWhetherThereWasOne() {
        answers.save(projectId, WALK, overridden());

        assertTrue(answers.delete(projectId, WALK, "competition.competes"));
        assertFalse(answers.delete(projectId, WALK, "competition.competes"));
        assertTrue(answers.find(projectId, WALK, "competition.competes").isEmpty());
    }

    @Test
    void aWalkSavesEveryAnswerAsItIsEnteredAndReopensWhereItWas() {
        ProjectSettings settings = new ProjectSettings("Acme", "acme-7b", Purpose.GENERAL_ASSISTANT,
                Distribution.HOSTED_API, true, 10_000L, List.of("US"));
        TermsVersion openAi = TermsFixtures.OPENAI_SERVICES.version();
        WalkKey key = WalkKey.parse(WALK);
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        Walk walk = new Walk(ChecklistLoader.shipped(), answers, projectId, key,
                WalkContext.of(List.of(openAi), settings), List.of(openAi), Walk.Mode.COUNSEL_REVIEW, "counsel@acme", clock);
        walk.suggest(Map.of("restriction.kind", "competing-model-ban", "competition.competes", "yes"));
        walk.confirm("restriction.kind");
        walk.override("competition.competes", "no", OverrideReason.COUNSEL_OPINION, "Narrow legal-drafting tool");
        db.close();

        db = Database.open(dir.resolve("db"));
        Walk reopened = new Walk(ChecklistLoader.shipped(), new JdbcChecklistAnswerRepository(db), projectId, key,
                WalkContext.of(List.of(openAi), settings), List.of(openAi), Walk.Mode.COUNSEL_REVIEW, "counsel@acme", clock);

        assertEquals(walk.answers(), reopened.answers());
        assertEquals(AnswerStatus.OVERRIDDEN, reopened.answer("competition.competes").orElseThrow().status());
    }

    @Test
    void answersSurviveReopeningTheDatabase() {
        answers.save(projectId, WALK, overridden());
        db.close();
        db = Database.open(dir.resolve("db"));

        assertEquals(List.of(overridden()), new JdbcChecklistAnswerRepository(db).list(projectId, WALK));
    }
}
