package dev.clearance.ui.annotations;

import javafx.scene.control.ListView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;

/** Selectors of the annotations area in one place, for the UI tests. */
final class AnnotationsScreen {
    private final FxRobot robot;

    AnnotationsScreen(FxRobot robot) {
        this.robot = robot;
    }

    void open() {
        robot.clickOn("#nav-annotations");
    }

    boolean showsText() {
        return robot.lookup("#clause-text").tryQuery().map(n -> ((StyleClassedTextArea) n).getLength() > 0).orElse(false);
    }

    StyleClassedTextArea text() {
        return robot.lookup("#clause-text").queryAs(StyleClassedTextArea.class);
    }

    /** Selects a passage as a reviewer dragging over it would, and gives the text the keyboard. */
    void select(String passage) {
        StyleClassedTextArea area = text();
        int at = area.getText().indexOf(passage);
        if (at < 0) {
            throw new AssertionError("the text has no \"" + passage + "\"");
        }
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + passage.length());
        });
    }

    /** The style classes of the text at the middle of a passage. */
    java.util.Collection<String> stylesAt(String passage) {
        StyleClassedTextArea area = text();
        int at = area.getText().indexOf(passage);
        return area.getStyleAtPosition(at + passage.length() / 2);
    }

    ListView<?> list() {
        return robot.lookup("#annotation-list").queryAs(ListView.class);
    }

    boolean tagChooserShows() {
        return robot.lookup("#tag-chooser").tryQuery().isPresent();
    }
}
