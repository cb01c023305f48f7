package dev.clearance.ui.review;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The project's unknown findings: a rule lacked a fact it needs. Each must be acknowledged (with a reason)
 * before sign-off; acknowledged ones show who accepted them and why.
 */
final class UnknownFindingsList extends VBox {
    private final ReviewViewModel model;
    private final VBox rows = new VBox(10);

    UnknownFindingsList(ReviewViewModel model) {
        super(6);
        this.model = model;
        setId("review-unknown-findings");
        getStyleClass().add("review-section");
        Label title = new Label("Unknown findings to acknowledge");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("A rule could not decide because a fact is missing. Acknowledge that the finding "
                + "stands and say why that is acceptable, or complete the inventory and assess again.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, hint, rows);
        model.unknownFindings().addListener((ListChangeListener<ReviewViewModel.UnknownFinding>) c -> fill());
        fill();
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.unknownFindings()));
        managedProperty().bind(visibleProperty());
    }

    private void fill() {
        rows.getChildren().setAll(model.unknownFindings().stream().map(this::row).toList());
    }

    private Node row(ReviewViewModel.UnknownFinding finding) {
        Label what = new Label(finding.datasetName() + " (" + finding.datasetId() + ") · " + finding.rule());
        what.getStyleClass().add("review-finding-title");
        Label message = new Label(finding.message());
        message.setWrapText(true);
        VBox box = new VBox(4, what, message);
        box.getStyleClass().add("review-finding");
        if (finding.acknowledged()) {
            Label by = new Label("Acknowledged by " + finding.acknowledgedBy()
                    + (finding.note().isEmpty() ? "" : ": " + finding.note()));
            by.setWrapText(true);
            by.getStyleClass().add("review-acknowledged");
            box.getChildren().add(by);
        } else {
            box.getChildren().add(acknowledgeControls(finding));
        }
        return box;
    }

    private Node acknowledgeControls(ReviewViewModel.UnknownFinding finding) {
        String key = finding.datasetId() + "-" + finding.rule();
        TextField note = new TextField();
        note.setPromptText("Why it is acceptable (e.g. generator recorded in the data room)");
        note.setId("ack-note-" + key);
        HBox.setHgrow(note, Priority.ALWAYS);
        Button acknowledge = new Button("Acknowledge");
        acknowledge.setId("ack-" + key);
        acknowledge.disableProperty().bind(model.busyProperty());
        acknowledge.setOnAction(e -> model.acknowledge(finding, note.getText()));
        HBox row = new HBox(8, note, acknowledge);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
