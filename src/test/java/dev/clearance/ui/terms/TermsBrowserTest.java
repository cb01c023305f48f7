package dev.clearance.ui.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.DocumentOpener;
import dev.clearance.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Terms area on a temporary database, driven as a reviewer drives it (the window fits the headless 1280x800 screen). */
@ExtendWith(ApplicationExtension.class)
class TermsBrowserTest {
    @TempDir
    static Path dir;
    Database db;
    FxTaskRunner tasks;
    TermsScreen screen;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("db-" + System.nanoTime()));
        TermsService terms = TermsService.withShippedData(new JdbcTermsRepository(db), Clock.systemUTC());
        tasks = new FxTaskRunner();
        Dataset gpt = new Dataset("d1", "Support dialogues", SourceType.SYNTHETIC, "gpt-4o-2024-08-06", "", "api",
                LocalDate.of(2025, 2, 1), "", List.of("fine-tuning"), 10_000L, "", "", "", false);
        TermsViewModel model = new TermsViewModel(terms, tasks, FXCollections.observableArrayList(gpt),
                DocumentOpener.NONE, message -> { });
        model.load();
        Scene scene = new Scene(new TermsView(model, message -> { }), 1200, 760);
        scene.getStylesheets().add(Path.of("assets/css/clearance.css").toUri().toString());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        db.close();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theProjectsSourcesShowTheGoverningTerms(FxRobot robot) throws Exception {
        screen = new TermsScreen(robot);
        settle();
        assertEquals(1, screen.sourcesTable().getItems().size());
        DatasetSource source = (DatasetSource) screen.sourcesTable().getItems().get(0);
        assertEquals("openai-business-terms@2023-11-14", source.termsText());
    }

    @Test
    void choosingADocumentAndAVersionShowsItsClausesAndTwoVersionsCompare(FxRobot robot) throws Exception {
        openServicesAgreement(robot);
        assertTrue(screen.versionShown().startsWith("openai-services-agreement@"), "the newest version is shown");

        screen.selectVersion("2025-05-31");
        settle();
        assertEquals("openai-services-agreement@2025-05-31", screen.versionShown());
        assertTrue(screen.clauseCards() > 0, "the version's clauses are listed");
        assertTrue(screen.clauseListShows("competing-model-ban"), "clauses carry their tags");
        assertTrue(screen.clauseListShows("verified"), "clauses carry their confidence");
        assertTrue(screen.visible("#live-text-reminder"));

        screen.addVersionToSelection("2026-01-01");
        screen.compareSelected();
        settle();
        assertTrue(screen.visible("#diff-pane"));
        assertTrue(screen.diffHeadline().matches("\\d+ changes?, \\d+ touching output use"), screen.diffHeadline());
        assertFalse(robot.lookup("#diff-changes").queryListView().getItems().isEmpty());
    }

    @Test
    void aCatalogClauseOpensTheRecordedTextAtItsWords(FxRobot robot) throws Exception {
        openServicesAgreement(robot);
        screen.selectVersion("2026-01-01");
        settle();
        assertTrue(robot.lookup("#catalog-status").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Catalog last verified"), "the catalog says when it was verified");
        dev.clearance.testing.Screenshots.save(robot, robot.lookup("#terms-view").query(), "terms-clauses");
        javafx.scene.control.Hyperlink show = robot.lookup("#show-in-text-0").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals("Show these words in the recorded text", show.getText());
        robot.interact(show::fire);
        settle();
        org.fxmisc.richtext.StyleClassedTextArea text = robot.lookup(".terms-full-text")
                .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        assertEquals("except for a Permitted Exception, use Output to develop artificial intelligence models that compete"
                + " with OpenAI’s products and services;", text.getSelectedText().replaceAll("\\s+", " "),
                "the clause's own words are selected in the recorded text");
        dev.clearance.testing.Screenshots.save(robot, robot.lookup("#terms-view").query(), "terms-recorded-text");
    }

    /** Finds the OpenAI Services Agreement in the documents browser, as a reviewer would. */
    private void openServicesAgreement(FxRobot robot) throws Exception {
        screen = new TermsScreen(robot);
        settle();
        screen.showDocuments();
        screen.filter("services agreement");
        screen.selectDocument("openai-services-agreement");
        settle();
    }

    @Test
    void ctrlFFocusesTheDocumentFilter(FxRobot robot) throws Exception {
        screen = new TermsScreen(robot);
        settle();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#terms-filter").query().isFocused());
    }
}
