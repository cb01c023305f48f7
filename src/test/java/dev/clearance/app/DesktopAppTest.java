package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.ui.FxTaskRunner;
import dev.clearance.ui.MainViewModel;
import dev.clearance.ui.MainWindow;
import dev.clearance.ui.UiServices;
import java.nio.file.Path;
import java.util.Optional;
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

/** The desktop app end to end, wired as Main wires it, on a temporary database. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {
    @TempDir
    Path dir;
    Workspace workspace;
    UiServices services;
    MainScreen screen;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(dir.resolve("db"));
        services = Main.uiServices(workspace);
        FxTaskRunner tasks = new FxTaskRunner();
        new MainWindow(stage, new MainViewModel(services, tasks), tasks).show();
    }

    @AfterEach
    void closeDatabase() {
        workspace.close();
    }

    @Test
    void aFirstRunOffersImportAndTheSampleProjects(FxRobot robot) {
        screen = new MainScreen(robot);
        assertTrue(screen.showsEmptyState());
        assertTrue(screen.exists("#empty-import-button"));
        assertTrue(services.samples().size() >= 3, "the bundled samples are offered: " + services.samples());
        assertTrue(screen.exists("#sample-support-assistant"));
    }

    @Test
    void openingASampleImportsItAndShowsItsInventory(FxRobot robot) throws Exception {
        screen = new MainScreen(robot);
        screen.openSample("support-assistant");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsWorkbench);
        WaitForAsyncUtils.waitForFxEvents();

        String name = screen.projectTitle();
        long projectId = services.projects().findByName(name).orElseThrow().id();
        int stored = services.datasets().count(projectId);
        assertTrue(stored > 0, "the sample's datasets are in the database");
        assertEquals(stored, screen.inventoryTable().getItems().size());
        assertTrue(screen.visible("#import-warnings"), "the sample's documented warning is offered in the status bar");

        screen.filterInventory("llama");
        assertEquals(1, screen.inventoryTable().getItems().size(), "the text filter keeps the Llama dataset only");
        assertTrue(robot.lookup("#inventory-counts").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Showing 1 of " + stored));
        screen.filterInventory("");
        assertEquals(stored, screen.inventoryTable().getItems().size());

        screen.goToArea("terms");
        assertTrue(screen.exists("#terms-view"), "the Terms area is built");

        screen.goToArea("findings");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "high".equals(screen.overallRisk()));
        assertEquals(stored, robot.lookup("#findings-datasets").queryAs(javafx.scene.control.TableView.class)
                .getItems().size());

        screen.goToArea("annotations");
        assertTrue(screen.exists("#annotations-view"), "the annotations area is built");

        screen.backToProjects();
        assertFalse(screen.showsWorkbench());
        assertEquals(1, screen.projectsTable().getItems().size());
    }

    @Test
    void theDarkThemeIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("dark"), services.settings().get("ui.theme"));
        assertTrue(robot.lookup("#main-window").query().getStyleClass().contains("theme-dark"));
    }
}
