package dev.clearance.ui.checklist;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Selectors of the Checklist area in one place, for the UI tests. */
final class ChecklistScreen {
    private final FxRobot robot;

    ChecklistScreen(FxRobot robot) {
        this.robot = robot;
    }

    /** Ctrl+3, as the View menu offers it. */
    void open() throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        // The walks are read in the background; the first question shows when they are.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#question-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean isShown() {
        return robot.lookup("#checklist-view").tryQuery().map(Node::isVisible).orElse(false);
    }

    String questionText() {
        return text("#question-text");
    }

    String position() {
        return text("#question-position");
    }

    String status() {
        return text("#answer-status");
    }

    String progress() {
        return text("#walk-progress-text");
    }

    void confirmWithKeyboard() {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void next() {
        robot.clickOn("#walk-next");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void nextWithKeyboard() {
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void goToSection(String sectionId) {
        robot.clickOn("#section-" + sectionId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks an answer button or choice: {@code yes}, {@code no}, {@code unsure}, {@code na} or a choice id. */
    void answer(String value) {
        robot.clickOn("#answer-" + value);
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean overrideDialogShown() {
        return robot.lookup("#override-dialog").tryQuery().isPresent();
    }

    boolean canSubmitOverride() {
        return !robot.lookup("#override-confirm").query().isDisabled();
    }

    void chooseReason(String reasonId) {
        robot.clickOn("#reason-" + reasonId);
    }

    void writeOverrideComment(String comment) {
        robot.lookup("#override-comment").queryAs(TextInputControl.class).setText(comment);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void submitOverride() {
        robot.clickOn("#override-confirm");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
