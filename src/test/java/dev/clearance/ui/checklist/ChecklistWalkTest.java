package dev.clearance.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.Project;
import dev.clearance.domain.SampleProject;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.inventory.ImportPreview;
import dev.clearance.inventory.InventoryExporter;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.review.AssessmentService;
import dev.clearance.rules.Assessor;
import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcChecklistAnswerRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcSettingsRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.DocumentOpener;
import dev.clearance.ui.FxTaskRunner;
import dev.clearance.ui.MainViewModel;
import dev.clearance.ui.MainWindow;
import dev.clearance.ui.ProjectImporter;
import dev.clearance.ui.UiServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guided walk on screen: a sample project opened from the start screen, walked with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class ChecklistWalkTest {
    private static final String OPENAI_2024_WALK = "api:openai-business-terms@2023-11-14";

    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    JdbcChecklistAnswerRepository answers;
    ChecklistScreen screen;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        JdbcDatasetRepository datasets = new JdbcDatasetRepository(db);
        JdbcAuditRepository audit = new JdbcAuditRepository(db);
        answers = new JdbcChecklistAnswerRepository(db);
        TermsService terms = TermsService.withShippedData(new JdbcTermsRepository(db), Clock.systemUTC());
        InventoryImportService inventory = new InventoryImportService(projects, datasets, audit);
        Path samples = Path.of(System.getProperty("clearance.sampleProjects", "sample-projects"));
        UiServices services = new UiServices("test", dir, "1", "reviewer", projects, datasets,
                new JdbcSettingsRepository(db), audit, new InventoryEditService(datasets, audit, Clock.systemUTC()),
                new InventoryExporter(projects, datasets), new SampleImporter(inventory),
                List.of(new SampleProject("support-assistant", "Brightdesk Support Assistant", "A hosted assistant",
                        samples.resolve("support-assistant"))), DocumentOpener.NONE, terms, answers,
                new AssessmentService(projects, datasets, terms, answers, Assessor.standard()),
                new AnnotationService(new JdbcAnnotationRepository(db), VersionTexts.of(terms), Clock.systemUTC()),
                null, null, null, null); // the walk never opens the Review & Export area nor syncs terms
        FxTaskRunner tasks = new FxTaskRunner();
        new MainWindow(stage, new MainViewModel(services, tasks), tasks).show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Imports through the real inventory service, as the app's adapter does. */
    private record SampleImporter(InventoryImportService inventory) implements ProjectImporter {
        @Override
        public Preview preview(Path path, String name, ProgressMonitor monitor) {
            ImportPreview p = inventory.preview(path, name, monitor);
            return new Preview(p, p.projectName(), p.isNewProject(), p.summary(), List.of());
        }

        @Override
        public ImportOutcome commit(Preview preview, ProgressMonitor monitor) {
            var r = inventory.commit((ImportPreview) preview.token(), "reviewer", monitor);
            return new ImportOutcome(r.projectName(), r.summary(), List.of());
        }
    }

    private void openSampleAndChecklist(FxRobot robot) throws Exception {
        robot.clickOn("#sample-support-assistant");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#workbench-view").tryQuery().isPresent());
        screen = new ChecklistScreen(robot);
        screen.open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screen::isShown);
    }

    private ChecklistAnswer stored(String questionId) {
        Project p = projects.findByName("Brightdesk Support Assistant").orElseThrow();
        return answers.find(p.id(), OPENAI_2024_WALK, questionId).orElseThrow();
    }

    @Test
    void aSuggestedAnswerIsConfirmedWithTheKeyboardAndSavedBeforeMovingOn(FxRobot robot) throws Exception {
        openSampleAndChecklist(robot);
        assertEquals("Which model produced the outputs?", screen.questionText());
        assertEquals("suggested", screen.status());
        assertEquals(AnswerStatus.SUGGESTED, stored("source.model").status(), "suggestions are saved as suggestions");

        screen.confirmWithKeyboard();
        assertEquals("confirmed", screen.status());
        assertTrue(screen.progress().startsWith("1 of 28 answered"), screen.progress());

        screen.next();
        assertEquals("Question 2 of 28", screen.position());
        screen.answer("api");
        screen.nextWithKeyboard();
        assertEquals("Question 3 of 28", screen.position());

        assertEquals(AnswerStatus.CONFIRMED, stored("source.model").status());
        assertEquals("gpt-4o-2024-08-06", stored("source.model").answer());
        assertEquals(AnswerStatus.CONFIRMED, stored("source.channel").status());
        assertEquals("reviewer", stored("source.channel").updatedBy());
    }

    @Test
    void changingASuggestionAsksForAReasonAndACommentBeforeSaving(FxRobot robot) throws Exception {
        openSampleAndChecklist(robot);
        screen.goToSection("competition");
        for (int i = 0; i < 3; i++) {
            screen.nextWithKeyboard();
        }
        assertEquals("Does the model compete with the provider's products or services?", screen.questionText());

        screen.answer("no");
        assertTrue(screen.overrideDialogShown());
        assertFalse(screen.canSubmitOverride(), "no reason and no comment yet");
        screen.chooseReason(OverrideReason.WRITTEN_AUTHORIZATION.id());
        assertFalse(screen.canSubmitOverride(), "a reason alone is not enough");
        screen.writeOverrideComment("OpenAI's letter of 2026-10-02 permits this use");
        assertTrue(screen.canSubmitOverride());
        screen.submitOverride();

        ChecklistAnswer changed = stored(QuestionIds.COMPETES);
        assertEquals("no", changed.answer());
        assertEquals(AnswerStatus.OVERRIDDEN, changed.status());
        assertEquals(OverrideReason.WRITTEN_AUTHORIZATION, changed.reason());
        assertEquals("OpenAI's letter of 2026-10-02 permits this use", changed.comment());
        assertEquals("overridden", screen.status());
    }
}
