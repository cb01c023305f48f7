package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected annotation's tag, comment and links (one per line: {@code checklist:<walkKey>#<questionId>},
 * {@code finding:<datasetId>/<ruleId>} or any IRI), saved with the button or Ctrl+Enter; and Delete.
 */
final class AnnotationEditor extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final AnnotationsViewModel model;
    private final ComboBox<Tag> tag = new ComboBox<>();
    private final TextArea comment = new TextArea();
    private final TextArea links = new TextArea();
    private final Label problem = new Label();
    private final Label provenance = new Label();

    AnnotationEditor(AnnotationsViewModel model) {
        super(6);
        this.model = model;
        setId("annotation-editor");
        getStyleClass().add("annotation-editor");
        Label title = new Label("Selected annotation");
        title.getStyleClass().add(Styles.TEXT_BOLD);

        tag.setId("editor-tag");
        tag.getItems().setAll(Arrays.asList(Tag.values()));
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag t) {
                return t == null ? "untagged" : t.id();
            }

            @Override
            public Tag fromString(String s) {
                return Tag.parse(s).orElse(null);
            }
        });
        comment.setId("editor-comment");
        comment.setPromptText("Why this passage matters for the review");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        links.setId("editor-links");
        links.setPromptText("One per line: checklist:<walkKey>#<questionId> or finding:<datasetId>/<ruleId>");
        links.setWrapText(true);
        links.setPrefRowCount(3);
        problem.setId("editor-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        provenance.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        provenance.setWrapText(true);
        provenance.setMinHeight(Region.USE_PREF_SIZE);

        Button save = new Button("Save");
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button delete = new Button("Delete");
        delete.setId("editor-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.deleteSelected());
        Label keys = new Label("Ctrl+Enter saves · Ctrl+Z undoes");
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox buttons = new HBox(8, save, delete, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save();
                e.consume();
            }
        });
        getChildren().addAll(title, field("Tag", tag), field("Comment", comment), field("Links", links), problem,
                buttons, provenance);
        disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((o, a, b) -> show(b));
        show(model.selectedProperty().get());
    }

    private static VBox field(String name, javafx.scene.Node control) {
        Label l = new Label(name);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(2, l, control);
    }

    private void show(Annotation a) {
        problem.setText("");
        tag.setValue(a == null ? null : a.tag());
        comment.setText(a == null ? "" : a.comment());
        links.setText(a == null ? "" : String.join("\n", a.links()));
        provenance.setText(a == null ? "Select an annotation in the list or click a highlighted passage."
                : "By " + a.creator() + " · created " + WHEN.format(a.created()) + " · modified " + WHEN.format(a.modified())
                + "\n" + a.target() + ", characters " + a.start() + "–" + a.end() + " (code points)");
    }

    private void save() {
        String why = model.editSelected(tag.getValue(), comment.getText().strip(), links.getText());
        problem.setText(why == null ? "" : why);
    }
}
