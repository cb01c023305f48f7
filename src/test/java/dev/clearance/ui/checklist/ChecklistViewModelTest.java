package dev.clearance.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.checklist.Walk.Mode;
import dev.clearance.checklist.Walk.SectionState;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.Project;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.review.AssessmentService;
import dev.clearance.rules.Assessor;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.checklist.ChecklistViewModel.WalkRow;
import dev.clearance.ui.checklist.WalkViewModel.Choose;
import dev.clearance.ui.checklist.WalkViewModel.SectionRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guided walk as a reviewer drives it, without the toolkit: the support-assistant sample imported into
 * a real H2 database, the shipped terms, checklist and rules.
 */
class ChecklistViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final String DIALOGUES_2024 = "sa-gpt4o-dialogues-2024";
    private static final String DIALOGUES_2025 = "sa-gpt4o-dialogues-2025";

    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    JdbcDatasetRepository datasets;
    JdbcChecklistAnswerRepository answers;
    TermsService terms;
    AssessmentService assessments;
    Project project;
    ChecklistViewModel vm;
    WalkViewModel walk;

    @BeforeEach
    void importSample() {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        datasets = new JdbcDatasetRepository(db);
        answers = new JdbcChecklistAnswerRepository(db);
        terms = TermsService.withShippedData(new JdbcTermsRepository(db), CLOCK);
        assessments = new AssessmentService(projects, datasets, terms, answers, Assessor.standard());
        Path samples = Path.of(System.getProperty("clearance.sampleProjects", "sample-projects"));
        String name = new InventoryImportService(projects, datasets, new JdbcAuditRepository(db))
                .importPath(samples.resolve("support-assistant"), null, "test", ProgressMonitor.NONE).projectName();
        project = projects.findByName(name).orElseThrow();
        vm = open();
        walk = vm.walk();
    }

    @AfterEach
    void close() {
        db.close();
    }

    ChecklistViewModel open() {
        ChecklistViewModel model = new ChecklistViewModel(project, datasets, terms, answers, assessments, "ana@brightdesk",
                TaskRunner.IMMEDIATE, CLOCK);
        model.load();
        return model;
    }

    WalkRow walkOf(ChecklistViewModel model, String datasetId) {
        return model.walks().stream().filter(r -> r.datasets().stream().anyMatch(d -> d.id().equals(datasetId)))
                .findFirst().orElseThrow(() -> new AssertionError("no walk holds " + datasetId));
    }

    void openWalkOf(String datasetId) {
        vm.selectedProperty().set(walkOf(vm, datasetId));
    }

    ChecklistAnswer stored(String datasetId, String questionId) {
        return answers.find(project.id(), walkOf(vm, datasetId).key().id(), questionId).orElseThrow();
    }

    SectionRow section(String id) {
        return walk.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachChannelAndTermsVersionHasItsOwnWalk() {
        List<String> keys = vm.walks().stream().map(r -> r.key().id()).toList();
        assertEquals(4, keys.size(), keys.toString());
        assertNotEquals(walkOf(vm, DIALOGUES_2024).key(), walkOf(vm, DIALOGUES_2025).key(),
                "GPT-4o outputs from 2024 and 2025 fall under different OpenAI terms versions");
        assertEquals("api:openai-business-terms@2023-11-14", walkOf(vm, DIALOGUES_2024).key().id());
        assertEquals("api:openai-services-agreement@2025-05-31", walkOf(vm, DIALOGUES_2025).key().id());
        assertTrue(walkOf(vm, "sa-llama31-rewrites").key().id().startsWith("weights:llama-3.1-community-license@"));
        assertTrue(vm.walks().stream().flatMap(r -> r.datasets().stream()).noneMatch(d -> d.id().equals("sa-oasst2")),
                "data made by people has no walk");
        assertEquals("OpenAI Business Terms", walkOf(vm, DIALOGUES_2024).title());
    }

    @Test
    void answersArePrefilledAsSuggestionsUntilTheReviewerConfirms() {
        openWalkOf(DIALOGUES_2024);
        assertEquals("Question 1 of 28", walk.positionProperty().get());
        ChecklistAnswer model = walk.answerProperty().get();
        assertEquals("source.model", model.questionId());
        assertEquals("gpt-4o-2024-08-06", model.answer());
        assertEquals(AnswerStatus.SUGGESTED, model.status());
        assertTrue(walk.canConfirmProperty().get());
        assertTrue(walk.progressTextProperty().get().startsWith("0 of 28 answered · "), walk.progressTextProperty().get());

        assertTrue(walk.confirm());
        assertEquals(AnswerStatus.CONFIRMED, stored(DIALOGUES_2024, "source.model").status());
        assertEquals("ana@brightdesk", stored(DIALOGUES_2024, "source.model").updatedBy());
        assertFalse(walk.canConfirmProperty().get());
        assertTrue(walk.progressTextProperty().get().startsWith("1 of 28 answered"));
        assertEquals(1, walkOf(vm, DIALOGUES_2024).decidedProperty().get());
    }

    @Test
    void changingASuggestionNeedsAReasonFromTheListAndAComment() {
        openWalkOf(DIALOGUES_2024);
        walk.jumpTo(QuestionIds.COMPETES);
        assertEquals("yes", walk.answerProperty().get().answer());

        assertEquals(Choose.NEEDS_REASON, walk.choose("no"));
        assertFalse(walk.override("no", null, "We only answer questions about our own product"));
        assertFalse(walk.override("no", OverrideReason.COUNSEL_OPINION, "  "));
        assertEquals("yes", stored(DIALOGUES_2024, QuestionIds.COMPETES).answer(), "nothing changed");
        assertEquals(AnswerStatus.SUGGESTED, stored(DIALOGUES_2024, QuestionIds.COMPETES).status());
        assertFalse(walk.messageProperty().get().isEmpty());

        assertTrue(walk.override("no", OverrideReason.COUNSEL_OPINION, "Memo of 2026-11-02: support-only scope"));
        ChecklistAnswer changed = stored(DIALOGUES_2024, QuestionIds.COMPETES);
        assertEquals("no", changed.answer());
        assertEquals(AnswerStatus.OVERRIDDEN, changed.status());
        assertEquals(OverrideReason.COUNSEL_OPINION, changed.reason());
        assertEquals("", walk.messageProperty().get());
    }

    @Test
    void choosingTheSuggestedValueConfirmsItAndAFreeQuestionIsAnsweredDirectly() {
        openWalkOf(DIALOGUES_2024);
        walk.jumpTo(QuestionIds.COMPETES);
        assertEquals(Choose.SAVED, walk.choose("yes"));
        assertEquals(AnswerStatus.CONFIRMED, stored(DIALOGUES_2024, QuestionIds.COMPETES).status());

        walk.jumpTo(QuestionIds.PROVIDER_FINE_TUNING);
        assertEquals(Choose.SAVED, walk.choose("no"), "nothing was suggested, so no reason is needed");
        assertEquals(Choose.REFUSED, walk.choose("perhaps"));
        assertEquals("no", stored(DIALOGUES_2024, QuestionIds.PROVIDER_FINE_TUNING).answer());
    }

    @Test
    void editingACommentNeverResetsTheDecision() {
        openWalkOf(DIALOGUES_2024);
        walk.jumpTo(QuestionIds.COMPETES);
        walk.override("no", OverrideReason.FACTS_DIFFER, "The assistant only answers questions on our product");
        walk.commentProperty().set("Scope confirmed with product on 2026-11-20");
        walk.next();

        ChecklistAnswer a = stored(DIALOGUES_2024, QuestionIds.COMPETES);
        assertEquals("Scope confirmed with product on 2026-11-20", a.comment(), "moving on saves the comment");
        assertEquals("no", a.answer());
        assertEquals(AnswerStatus.OVERRIDDEN, a.status());
        assertEquals(OverrideReason.FACTS_DIFFER, a.reason());

        walk.back();
        walk.commentProperty().set("");
        assertFalse(walk.saveComment(), "an overridden answer keeps a comment saying why");
        assertEquals("Scope confirmed with product on 2026-11-20", stored(DIALOGUES_2024, QuestionIds.COMPETES).comment());
    }

    @Test
    void answersPersistAsTheyAreEntered() {
        openWalkOf(DIALOGUES_2025);
        walk.confirm();
        walk.jumpTo(QuestionIds.WRITTEN_AUTHORIZATION);
        walk.choose("unsure");
        walk.commentProperty().set("Asked OpenAI sales on 2026-11-27");
        walk.saveComment();

        ChecklistViewModel reopened = open();
        reopened.selectedProperty().set(walkOf(reopened, DIALOGUES_2025));
        reopened.walk().jumpTo(QuestionIds.WRITTEN_AUTHORIZATION);
        ChecklistAnswer a = reopened.walk().answerProperty().get();
        assertEquals("unsure", a.answer());
        assertEquals(AnswerStatus.CONFIRMED, a.status());
        assertEquals("Asked OpenAI sales on 2026-11-27", reopened.walk().commentProperty().get());
        assertEquals(2, walkOf(reopened, DIALOGUES_2025).decidedProperty().get());
    }

    @Test
    void aCommentBeingWrittenIsSavedWhenTheReviewerOpensAnotherWalk() {
        openWalkOf(DIALOGUES_2024);
        walk.commentProperty().set("Model name checked against the API logs");
        openWalkOf(DIALOGUES_2025);

        ChecklistAnswer a = stored(DIALOGUES_2024, "source.model");
        assertEquals("Model name checked against the API logs", a.comment());
        assertEquals(AnswerStatus.SUGGESTED, a.status(), "a comment is not a confirmation");
        assertEquals("", walk.commentProperty().get(), "the other walk has its own comments");
    }

    @Test
    void sectionStatesFollowTheAnswers() {
        openWalkOf(DIALOGUES_2024);
        assertEquals(SectionState.IN_PROGRESS, section("source").state(), "suggestions alone do not complete it");
        assertEquals(SectionState.NOT_STARTED, section("acceptance").state());
        assertTrue(section("source").current());

        walk.jumpToSection("acceptance");
        assertTrue(section("acceptance").current());
        walk.choose("Head of ML, Brightdesk");
        assertEquals(SectionState.IN_PROGRESS, section("acceptance").state());
        walk.jumpTo(QuestionIds.WRITTEN_AUTHORIZATION);
        walk.choose("unsure");
        assertEquals(SectionState.NEEDS_ATTENTION, section("acceptance").state());
    }

    @Test
    void anUnsureAnswerAndAHighFindingAskForALawyerInSelfAssessmentOnly() {
        openWalkOf(DIALOGUES_2024);
        assertTrue(walk.askALawyer().stream().anyMatch(t -> t.contains("'competing-model-ban' finding is high")),
                walk.askALawyer().toString());
        walk.jumpTo(QuestionIds.WRITTEN_AUTHORIZATION);
        walk.choose("unsure");
        assertTrue(walk.askALawyer().stream().anyMatch(t -> t.contains("You answered 'unsure'")));
        assertTrue(walk.promptProperty().get().askALawyer());

        vm.modeProperty().set(Mode.COUNSEL_REVIEW);
        assertEquals(QuestionIds.WRITTEN_AUTHORIZATION, walk.promptProperty().get().question().id(),
                "switching the mode keeps the question");
        assertTrue(walk.askALawyer().isEmpty(), "counsel is the lawyer");
    }

    @Test
    void counselReviewLeadsWithTheCitedClauses() {
        openWalkOf(DIALOGUES_2025);
        vm.modeProperty().set(Mode.COUNSEL_REVIEW);
        walk.jumpTo(QuestionIds.COMPETES);
        assertEquals("openai-services-agreement@2025-05-31 §3.3(e) Restrictions",
                walk.promptProperty().get().lines().get(0));
    }

    @Test
    void aWrittenAuthorizationRecordedInTheWalkLowersTheFinding() {
        openWalkOf(DIALOGUES_2024);
        assertEquals(Optional.of(RiskLevel.HIGH), walkOf(vm, DIALOGUES_2024).riskProperty().get());

        walk.jumpTo(QuestionIds.COMPETES);
        assertTrue(walk.override("no", OverrideReason.WRITTEN_AUTHORIZATION,
                "OpenAI's letter of 2026-10-02 permits training our support model on these outputs"));

        assertEquals(Optional.of(RiskLevel.LOW), walkOf(vm, DIALOGUES_2024).riskProperty().get());
        assertEquals(Optional.of(RiskLevel.HIGH), walkOf(vm, DIALOGUES_2025).riskProperty().get(),
                "the decision belongs to one walk");
        assertTrue(vm.assessment().orElseThrow().datasets().stream()
                .filter(d -> d.datasetId().equals(DIALOGUES_2024)).flatMap(d -> d.findings().stream())
                .anyMatch(f -> f.message().contains("written authorization from the provider")));
    }

    @Test
    void aDatasetWhoseFactsDifferGetsAWalkOfItsOwnStartingFromTheSharedAnswers() {
        Dataset later = new Dataset("sa-gpt4o-dialogues-2024b", "More support dialogues (GPT-4o)",
                dev.clearance.domain.SourceType.SYNTHETIC, "gpt-4o-2024-08-06", "openai", "api",
                java.time.LocalDate.of(2024, 12, 2), "", List.of("fine-tuning"), 20_000L, "", "ml-team", "", false);
        datasets.saveAll(project.id(), List.of(later));
        vm.load();
        WalkRow shared = walkOf(vm, DIALOGUES_2024);
        assertEquals(2, shared.datasets().size());
        vm.selectedProperty().set(shared);
        walk.confirm();

        vm.splitOff(later);

        WalkRow own = walkOf(vm, later.id());
        assertTrue(own.key().isSplit());
        assertEquals(own, vm.selectedProperty().get());
        assertEquals(1, walkOf(vm, DIALOGUES_2024).datasets().size());
        assertEquals(AnswerStatus.CONFIRMED, walk.answerProperty().get().status(), "the shared decision was copied");
        assertEquals(1, open().walks().stream().filter(r -> r.key().isSplit()).count(), "the split is remembered");
    }
}
