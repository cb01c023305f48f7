package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Tag;
import dev.clearance.terms.AddResult;
import dev.clearance.terms.DetectedClause;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Adds a version (or a document of the user's own) from a file. The file is read off the JavaFX thread;
 * afterwards the dialog lists what the detector found, and errors name the file and the problem.
 */
final class AddVersionDialog extends Dialog<Void> {
    private final AddVersionViewModel model;
    private final VBox found = new VBox(8);

    AddVersionDialog(Window owner, AddVersionViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Add a terms version from a file");
        setHeaderText("Store the text of a terms version; the restricting clauses are detected for you to review.");
        setResizable(true);

        TextField file = new TextField();
        file.setId("add-file");
        file.setPromptText("a path, or Choose… (.txt, .md, .html or .pdf)");
        // The path can be typed or pasted as well as chosen.
        model.fileProperty().addListener((o, a, f) -> {
            String text = f == null ? "" : f.toString();
            if (!text.equals(file.getText())) {
                file.setText(text);
            }
        });
        file.textProperty().addListener((o, a, text) -> {
            try {
                model.fileProperty().set(text == null || text.isBlank() ? null : Path.of(text.strip()));
            } catch (InvalidPathException e) {
                model.fileProperty().set(null);
            }
        });
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFile(owner));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = new HBox(6, file, choose);

        TextField id = bound("add-document-id", model.documentIdProperty(), "e.g. openai-terms-of-use, or your own id");
        TextField date = bound("add-effective-on", model.effectiveOnProperty(), "YYYY-MM-DD");
        Label target = new Label();
        target.setWrapText(true);
        target.getStyleClass().add(Styles.TEXT_MUTED);
        model.documentIdProperty().addListener((o, a, b) -> target.setText(model.targetDescription()));
        target.setText(model.targetDescription());
        TextField title = bound("add-title", model.titleProperty(), "e.g. Acme – OpenAI Enterprise Agreement");
        TextField provider = bound("add-provider", model.providerProperty(), "e.g. openai");
        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().setAll(Channel.values());
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setPromptText("not stated");
        TextField url = bound("add-source-url", model.sourceUrlProperty(), "https://… where the text comes from");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(440));
        int row = 0;
        form.addRow(row++, new Label("File"), fileRow);
        form.addRow(row++, new Label("Document id"), id);
        form.add(target, 1, row++);
        form.addRow(row++, new Label("Effective date"), date);
        Node[] ownOnly = {new Label("Title"), title, new Label("Provider"), provider, new Label("Channel"), channel,
                new Label("Source address"), url};
        for (int i = 0; i < ownOnly.length; i += 2) {
            form.addRow(row++, ownOnly[i], ownOnly[i + 1]);
            for (Node n : List.of(ownOnly[i], ownOnly[i + 1])) {
                n.visibleProperty().bind(model.existingDocumentBinding().not());
                n.managedProperty().bind(n.visibleProperty());
            }
        }

        Label problem = new Label();
        problem.setId("add-problem");
        problem.textProperty().bind(model.problemBinding());
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.setId("add-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox state = new HBox(8, busy, problem);
        state.setAlignment(Pos.CENTER_LEFT);

        found.setId("add-found");
        ScrollPane foundScroll = new ScrollPane(found);
        foundScroll.setFitToWidth(true);
        foundScroll.setPrefViewportHeight(420);
        foundScroll.visibleProperty().bind(model.resultProperty().isNotNull());
        foundScroll.managedProperty().bind(foundScroll.visibleProperty());
        VBox content = new VBox(12, form, state, error, foundScroll);
        content.setPadding(new Insets(4));
        content.setPrefWidth(600);
        getDialogPane().setContent(content);

        ButtonType store = new ButtonType("Store and detect clauses", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(store, ButtonType.CLOSE);
        Button storeButton = (Button) getDialogPane().lookupButton(store);
        storeButton.setId("add-store");
        storeButton.disableProperty().bind(model.problemBinding().isNotEmpty().or(model.busyProperty())
                .or(model.resultProperty().isNotNull()));
        storeButton.visibleProperty().bind(model.resultProperty().isNull());
        storeButton.managedProperty().bind(storeButton.visibleProperty());
        storeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.store();
        });
        model.resultProperty().addListener((o, a, r) -> {
            if (r != null) {
                // The form has done its work: the dialog now shows what was stored and found.
                showFound(r);
                for (Node n : List.of(form, state)) {
                    n.setVisible(false);
                    n.setManaged(false);
                }
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Terms text");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Terms texts (.txt, .md, .html, .pdf)",
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            model.fileProperty().set(f.toPath());
        }
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPromptText(prompt);
        return f;
    }

    private void showFound(AddResult r) {
        Label head = new Label("Stored " + r.version().ref() + " from " + r.version().sourceFile() + ": "
                + r.clauses().size() + (r.clauses().size() == 1 ? " clause" : " clauses") + " detected");
        head.setId("add-summary");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        head.setWrapText(true);
        found.getChildren().setAll(head);
        for (String w : r.warnings()) {
            Label l = new Label("Note: " + w);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.WARNING);
            found.getChildren().add(l);
        }
        String where = r.linesMatchFile() ? "line " : "extracted line ";
        for (DetectedClause c : r.clauses()) {
            Label line = new Label(where + c.line());
            line.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            FlowPane tags = new FlowPane(4, 4, line);
            for (Tag t : c.tags()) {
                tags.getChildren().add(Badges.tag(t));
            }
            Label excerpt = new Label(c.excerpt());
            excerpt.setWrapText(true);
            VBox card = new VBox(4, tags, excerpt);
            card.getStyleClass().add("clause-card");
            found.getChildren().add(card);
        }
    }
}
