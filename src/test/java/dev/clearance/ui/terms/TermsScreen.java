package dev.clearance.ui.terms;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/** Selectors of the Terms area in one place, for the UI tests. */
final class TermsScreen {
    private final FxRobot robot;

    TermsScreen(FxRobot robot) {
        this.robot = robot;
    }

    void showDocuments() {
        robot.clickOn("Documents");
    }

    void filter(String text) {
        robot.clickOn("#terms-filter").write(text);
    }

    void selectDocument(String id) {
        robot.clickOn("#document-" + id);
    }

    void selectVersion(String date) {
        robot.clickOn("#version-" + date);
    }

    /** Adds a second version to the timeline selection, as Ctrl+click does. */
    void addVersionToSelection(String date) {
        robot.press(KeyCode.CONTROL).clickOn("#version-" + date).release(KeyCode.CONTROL);
    }

    void compareSelected() {
        robot.clickOn("#compare-selected");
    }

    String versionShown() {
        return robot.lookup("#version-ref").queryAs(Label.class).getText();
    }

    int clauseCards() {
        return robot.lookup("#clause-list").queryAs(VBox.class).getChildren().size();
    }

    boolean clauseListShows(String text) {
        return robot.from(robot.lookup("#clause-list").queryAs(VBox.class)).lookup((Label l) -> l.getText() != null
                && l.getText().contains(text)).tryQuery().isPresent();
    }

    String diffHeadline() {
        return robot.lookup("#diff-headline").queryAs(Label.class).getText();
    }

    TableView<?> sourcesTable() {
        return robot.lookup("#sources-table").queryAs(TableView.class);
    }

    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
