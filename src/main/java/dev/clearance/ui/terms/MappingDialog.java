package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Maps a model (a name or a glob) to the document that governs its outputs; stored as the user's own mapping. */
final class MappingDialog extends Dialog<Void> {
    private static final String BY_DATE = "the version in force on each dataset's date";

    MappingDialog(Window owner, ProjectSourcesViewModel model, List<TermsDocument> documents, DatasetSource from) {
        initOwner(owner);
        setTitle("Map a model to its terms");
        setHeaderText(from == null ? "Which document governs this model's outputs?"
                : "Which document governs the outputs of " + from.model() + "?");
        TextField pattern = field("mapping-pattern", from == null ? "" : from.dataset().generatorModel(),
                "model name, or a glob such as acme-chat-*");
        TextField provider = field("mapping-provider", from == null ? "" : from.dataset().generatorProvider(),
                "any provider");
        TextField access = field("mapping-access", from == null ? "" : from.dataset().access(),
                "any access (api, weights, app, cloud:azure …)");
        ComboBox<TermsDocument> document = new ComboBox<>();
        document.setId("mapping-document");
        document.getItems().setAll(documents);
        document.setPromptText("Choose the governing document");
        document.setMaxWidth(Double.MAX_VALUE);
        document.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermsDocument d) {
                return d == null ? "" : ProviderGroup.label(d.provider()) + " · " + d.title() + " (" + d.id() + ")";
            }

            @Override
            public TermsDocument fromString(String s) {
                return null;
            }
        });
        ComboBox<String> version = new ComboBox<>();
        version.setId("mapping-version");
        version.setMaxWidth(Double.MAX_VALUE);
        document.valueProperty().addListener((o, a, d) -> {
            version.getItems().setAll(BY_DATE);
            if (d != null) {
                d.versions().stream().map(TermsVersion::effectiveOn).map(Object::toString).forEach(version.getItems()::add);
            }
            version.setValue(BY_DATE);
        });
        version.getItems().setAll(BY_DATE);
        version.setValue(BY_DATE);
        version.setButtonCell(versionCell());
        version.setCellFactory(l -> versionCell());
        TextField note = field("mapping-note", "", "why, e.g. 'our enterprise agreement covers it'");


        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        String[] labels = {"Model", "Provider", "Access", "Document", "Version", "Note"};
        Node[] fields = {pattern, provider, access, document, version, note};
        for (int i = 0; i < labels.length; i++) {
            form.add(new Label(labels[i]), 0, i);
            form.add(fields[i], 1, i);
        }
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(80),
                new javafx.scene.layout.ColumnConstraints(420));
        Label error = new Label();
        error.setId("mapping-error");
        error.setWrapText(true);
        error.setMaxWidth(500);
        error.getStyleClass().add(Styles.DANGER);
        getDialogPane().setContent(new VBox(12, form, error));

        ButtonType save = new ButtonType("Save mapping", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("mapping-save");
        saveButton.disableProperty().bind(document.valueProperty().isNull().or(pattern.textProperty().isEmpty()));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open until the mapping is stored, so an error can be corrected in place.
            e.consume();
            String ref = document.getValue().id()
                    + (version.getValue() == null || version.getValue().equals(BY_DATE) ? "" : "@" + version.getValue());
            model.addMapping(pattern.getText(), provider.getText(), access.getText(), ref, note.getText(), problem -> {
                if (problem.isEmpty()) {
                    close();
                } else {
                    error.setText(problem);
                }
            });
        });
    }

    private static ListCell<String> versionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.equals(BY_DATE) ? item : "pinned to " + item);
            }
        };
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
