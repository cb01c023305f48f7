package dev.clearance.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** Selectors of the main window in one place, for the UI tests. */
final class MainScreen {
    private final FxRobot robot;

    MainScreen(FxRobot robot) {
        this.robot = robot;
    }

    boolean showsEmptyState() {
        return visible("#empty-state");
    }

    boolean showsWorkbench() {
        return exists("#workbench-view");
    }

    void openSample(String folderName) {
        robot.clickOn("#sample-" + folderName);
    }

    String projectTitle() {
        return robot.lookup("#project-title").queryAs(Label.class).getText();
    }

    TableView<?> inventoryTable() {
        return robot.lookup("#inventory-table").queryAs(TableView.class);
    }

    TableView<?> projectsTable() {
        return robot.lookup("#projects-table").queryAs(TableView.class);
    }

    /** The overall level on the findings dashboard ("high"), or "" before it is known. */
    String overallRisk() {
        return robot.lookup("#overall-risk").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Types into the inventory's text filter (replacing what was there). */
    void filterInventory(String text) {
        javafx.scene.control.TextField field = robot.lookup("#inventory-search").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    void goToArea(String area) {
        robot.clickOn("#nav-" + area);
    }

    void backToProjects() {
        robot.clickOn("#back-to-projects");
    }

    boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
