package dev.clearance.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Change…": replacing a suggested (or earlier changed) answer needs the new answer, a reason from the
 * fixed list and a comment saying why. The Change button stays disabled until all three are given.
 */
final class OverrideDialog extends Dialog<OverrideDialog.Change> {
    /** What the reviewer decided in the dialog. */
    record Change(String value, OverrideReason reason, String comment) {
    }

    private final StringProperty value = new SimpleStringProperty("");
    private final ToggleGroup reasons = new ToggleGroup();
    private final TextArea comment = new TextArea();

    /**
     * @param current  the stored answer, or null
     * @param proposed the new answer already picked in the card; "" to pick it here
     */
    OverrideDialog(Window owner, ChecklistQuestion question, ChecklistAnswer current, String suggestion, String proposed) {
        initOwner(owner);
        setTitle("Change the answer");
        setHeaderText(question.text());
        getDialogPane().setId("override-dialog");
        getDialogPane().setPrefWidth(560);

        String was = current == null ? suggestion : current.answer();
        Label before = new Label("Current answer: " + (was.isEmpty() ? "none"
                : WalkViewModel.display(question, was)) + (current == null ? "" : " (" + current.status().id() + ")"));
        before.getStyleClass().add(Styles.TEXT_MUTED);
        before.setWrapText(true);

        AnswerControl answer = new AnswerControl(question, value::set, true);
        value.set(proposed == null ? "" : proposed);
        answer.show(value.get());
        value.addListener((o, a, b) -> answer.show(b));

        VBox reasonList = new VBox(6);
        reasonList.setId("override-reasons");
        for (OverrideReason r : OverrideReason.values()) {
            RadioButton b = new RadioButton(capitalized(r.label()));
            b.setId("reason-" + r.id());
            b.setUserData(r);
            b.setToggleGroup(reasons);
            reasonList.getChildren().add(b);
        }

        comment.setId("override-comment");
        comment.setPromptText("Why, and where the evidence is (e.g. \"Letter from OpenAI of 2026-10-02, in the deal room\")");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);

        VBox content = new VBox(8, before, heading("New answer"), answer.node(), heading("Reason"), reasonList,
                heading("Comment (required)"), comment);
        content.setPadding(new Insets(12, 20, 8, 20));
        getDialogPane().setContent(content);

        ButtonType change = new ButtonType("Change answer", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(change, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(change);
        ok.setId("override-confirm");
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> value.get().isBlank() || value.get().strip().equals(was) || reasons.getSelectedToggle() == null
                        || comment.getText() == null || comment.getText().isBlank(),
                value, reasons.selectedToggleProperty(), comment.textProperty()));
        setResultConverter(b -> b == change ? new Change(value.get().strip(), (OverrideReason) reasons
                .getSelectedToggle().getUserData(), comment.getText().strip()) : null);
        setOnShown(e -> {
            if (value.get().isEmpty()) {
                answer.focus();
            } else {
                reasonList.getChildren().get(0).requestFocus();
            }
        });
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
