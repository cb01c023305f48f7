package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Terms › Update from Open Terms Archive…: a folder, the repository (recognised unless chosen), Update, and
 * what was found. Not modal, so the status bar's progress and Cancel stay in reach while it runs.
 */
public final class OtaUpdateDialog extends Dialog<Void> {
    public OtaUpdateDialog(Window owner, OtaUpdateViewModel model) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Update from Open Terms Archive");
        setHeaderText("Store the terms versions a local clone of an Open Terms Archive versions repository recorded"
                + " since the newest the catalog and this database have.");
        setResizable(true);

        TextField folder = new TextField();
        folder.setId("ota-folder");
        folder.setPromptText("a clone, e.g. git clone https://github.com/OpenTermsArchive/genai-eu-versions");
        model.folderProperty().addListener((o, a, f) -> {
            String text = f == null ? "" : f.toString();
            if (!text.equals(folder.getText())) {
                folder.setText(text);
            }
        });
        folder.textProperty().addListener((o, a, text) -> {
            try {
                model.folderProperty().set(text == null || text.isBlank() ? null : Path.of(text.strip()));
            } catch (InvalidPathException e) {
                model.folderProperty().set(null);
            }
        });
        Button choose = new Button("Choose…");
        choose.setId("ota-choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open Terms Archive versions repository");
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null) {
                model.folderProperty().set(dir.toPath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, choose);

        ComboBox<String> repository = new ComboBox<>();
        repository.setId("ota-repository");
        repository.getItems().setAll(model.repositoryChoices());
        repository.valueProperty().bindBidirectional(model.repositoryProperty());

        Button update = new Button("Update");
        update.setId("ota-update");
        update.getStyleClass().add(Styles.ACCENT);
        update.setDefaultButton(true);
        update.disableProperty().bind(model.canRunBinding().not());
        update.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel update");
        cancel.setId("ota-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(8, update, cancel, progress);

        Label summary = new Label();
        summary.setId("ota-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("ota-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ListView<String> found = new ListView<>(model.found());
        found.setId("ota-found");
        found.setPrefHeight(240);
        Label credit = new Label("Texts: Open Terms Archive (ODC-By 1.0). Paraphrases and tags are suggestions;"
                + " review each new version before relying on it.");
        credit.setWrapText(true);
        credit.getStyleClass().add(Styles.TEXT_MUTED);

        VBox content = new VBox(10, new Label("Clone"), folderRow, new Label("Repository"), repository, actions, error,
                summary, found, credit);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(720);
        VBox.setVgrow(found, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
