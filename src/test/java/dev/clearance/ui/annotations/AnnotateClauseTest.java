package dev.clearance.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.app.AppUnderTest;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.ui.FxTaskRunner;
import dev.clearance.ui.MainViewModel;
import dev.clearance.ui.MainWindow;
import dev.clearance.ui.UiServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer tags a clause of the real OpenAI terms with the keyboard and finds it again after reopening. */
@ExtendWith(ApplicationExtension.class)
class AnnotateClauseTest {
    static final String BAN = "Use Output to develop models that compete with OpenAI.";

    @TempDir
    Path dir;
    AppUnderTest app;
    UiServices services;
    MainViewModel main;

    @Start
    void start(Stage stage) {
        app = new AppUnderTest(dir.resolve("db"));
        app.addTermsVersion("openai-terms-of-service@2023-11-14.md", "openai-terms-of-use", LocalDate.of(2023, 11, 14));
        services = app.services();
        services.projects().create(ProjectSettings.named("Acme Assistant"));
        FxTaskRunner tasks = new FxTaskRunner();
        main = new MainViewModel(services, tasks);
        new MainWindow(stage, main, tasks).show();
    }

    @AfterEach
    void closeDatabase() {
        app.close();
    }

    @Test
    void aClauseTaggedWithTheKeyboardIsThereAfterReopeningTheProject(FxRobot robot) throws Exception {
        AnnotationsScreen screen = openAnnotations(robot);

        screen.select(BAN);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, screen::tagChooserShows);
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        long project = services.projects().findByName("Acme Assistant").orElseThrow().id();
        List<Annotation> saved = services.annotations().list(project, AnnotationFilter.all());
        assertEquals(1, saved.size(), "saved as soon as it is made");
        assertEquals(BAN, saved.get(0).exact());
        assertEquals(Tag.COMPETING_MODEL_BAN, saved.get(0).tag(), "1 is the first tag of the vocabulary in a new project");

        robot.interact(main::closeProject);
        screen = openAnnotations(robot);

        assertEquals(1, screen.list().getItems().size());
        assertTrue(screen.stylesAt(BAN).contains("annotated"), "highlighted again: " + screen.stylesAt(BAN));
        assertTrue(screen.stylesAt(BAN).contains("tone-restricts"), "underlined as a restriction");
    }

    @Test
    void numberKeysTagTheSelectionAtOnceAndUndoTakesItBack(FxRobot robot) throws Exception {
        AnnotationsScreen screen = openAnnotations(robot);

        screen.select("develop models");
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, screen.list().getItems().size());
        assertEquals(Tag.ANY_MODEL_BAN, ((Annotation) screen.list().getItems().get(0)).tag());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, screen.list().getItems().size(), "Edit → Undo removes the annotation again");
    }

    @Test
    void anyCatalogVersionCanBeAnnotatedInItsRecordedTextWhereTheCatalogsQuotesAreOutlined(FxRobot robot) throws Exception {
        AnnotationsScreen screen = openAnnotations(robot);
        String quote = "use Output to develop artificial intelligence models that compete with OpenAI";
        javafx.scene.control.ComboBox<VersionChoice> chooser = robot.lookup("#version-chooser").queryComboBox();
        VersionChoice agreement = chooser.getItems().stream()
                .filter(v -> v.ref().toString().equals("openai-services-agreement@2026-01-01")).findFirst().orElseThrow();
        assertTrue(agreement.shippedText(), "the catalog's recorded text, nothing added by hand");
        robot.interact(() -> chooser.getSelectionModel().select(agreement));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.text().getText().contains(quote));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(screen.stylesAt(quote).contains("catalog-quote"), "the words §3.3(e) quotes are outlined: "
                + screen.stylesAt(quote));
        screen.select(quote);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, screen.list().getItems().size());
        assertTrue(screen.stylesAt(quote).containsAll(List.of("annotated", "catalog-quote")), screen.stylesAt(quote).toString());
        robot.interact(() -> screen.text().deselect());
        robot.interact(() -> screen.text().showParagraphAtTop(Math.max(0, screen.text().offsetToPosition(
                screen.text().getText().indexOf(quote), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        dev.clearance.testing.Screenshots.save(robot, robot.lookup("#annotations-view").query(), "annotations-recorded-text");
    }

    private AnnotationsScreen openAnnotations(FxRobot robot) throws Exception {
        robot.interact(() -> main.openProject("Acme Assistant"));
        AnnotationsScreen screen = new AnnotationsScreen(robot);
        screen.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsText);
        WaitForAsyncUtils.waitForFxEvents();
        return screen;
    }
}
