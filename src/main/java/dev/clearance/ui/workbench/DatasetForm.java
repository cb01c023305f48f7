package dev.clearance.ui.workbench;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryEditService.Check;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The detail form of one dataset. An edited field is saved when it loses focus or on Enter, once the
 * whole form passes the import's rules; a field with a problem shows it in place and nothing is saved.
 */
final class DatasetForm extends VBox {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "ID"), Map.entry("name", "Name"), Map.entry("source_type", "Source type"),
            Map.entry("generator_model", "Generator model"), Map.entry("generator_provider", "Generator provider"),
            Map.entry("access", "Access"), Map.entry("collected_on", "Collected on"), Map.entry("license", "Licence"),
            Map.entry("uses", "Uses"), Map.entry("records", "Records"), Map.entry("terms", "Terms override"),
            Map.entry("owner", "Owner"), Map.entry("notes", "Notes"));
    private static final Map<String, String> PROMPTS = Map.of(
            "generator_model", "e.g. gpt-4o-2024-08-06", "generator_provider", "inferred from the model when empty",
            "collected_on", "YYYY-MM-DD", "license", "SPDX id, e.g. CC-BY-4.0",
            "uses", "e.g. fine-tuning;evaluation", "terms", "document-id@YYYY-MM-DD", "records", "number of records");

    private final InventoryViewModel model;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final Label title = new Label();
    private final Button addButton = new Button("Add dataset");
    private Dataset editing;
    private boolean creating;
    private boolean loading;

    DatasetForm(InventoryViewModel model) {
        super(10);
        this.model = model;
        setId("dataset-form");
        setPadding(new Insets(12, 16, 12, 16));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox grid = new VBox(8);
        grid.setPadding(new Insets(0, 8, 0, 0));
        for (String field : InventoryEditService.fields()) {
            Control input = input(field);
            inputs.put(field, input);
            Label label = new Label(LABELS.get(field));
            label.setLabelFor(input);
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label message = new Label();
            message.setWrapText(true);
            message.getStyleClass().add(Styles.TEXT_SMALL);
            message.setManaged(false);
            message.setVisible(false);
            messages.put(field, message);
            grid.getChildren().add(new VBox(2, label, input, message));
        }
        addButton.setId("add-dataset-button");
        addButton.getStyleClass().add(Styles.ACCENT);
        addButton.setOnAction(e -> saveNew());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> show(model.selectedProperty().get()));
        HBox newButtons = new HBox(8, addButton, cancel);
        newButtons.setAlignment(Pos.CENTER_RIGHT);
        newButtons.visibleProperty().bind(addButton.visibleProperty());
        newButtons.managedProperty().bind(addButton.visibleProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll, newButtons);
        model.selectedProperty().addListener((o, a, d) -> {
            if (!creating || d != null) {
                show(d);
            }
        });
        show(null);
    }

    private Control input(String field) {
        Control c;
        switch (field) {
            case "source_type" -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(SourceType.ids());
                box.valueProperty().addListener((o, a, b) -> fieldEdited());
                c = box;
            }
            case "access" -> {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.getItems().setAll(InventoryEditService.accessChannels());
                box.valueProperty().addListener((o, a, b) -> fieldEdited());
                c = box;
            }
            case "notes" -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        fieldEdited();
                    }
                });
                c = area;
            }
            default -> {
                TextField text = new TextField();
                text.setPromptText(PROMPTS.getOrDefault(field, ""));
                text.setOnAction(e -> fieldEdited());
                text.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        fieldEdited();
                    }
                });
                c = text;
            }
        }
        c.setId("field-" + field.replace('_', '-'));
        c.setMaxWidth(Double.MAX_VALUE);
        if (field.equals("uses")) {
            c.setTooltip(new Tooltip("Separate with ';': " + String.join(", ", InventoryEditService.allowedUses())));
        }
        c.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(editing);
            }
        });
        return c;
    }

    /** Shows a dataset (null: nothing selected). */
    void show(Dataset d) {
        creating = false;
        editing = d;
        addButton.setVisible(false);
        setDisable(d == null);
        title.setText(d == null ? "Select a dataset to see and edit it" : d.name());
        fill(d == null ? Map.of() : InventoryEditService.texts(d));
    }

    /** Starts a new dataset: an empty form, saved with "Add dataset" once it passes the checks. */
    void startNew() {
        creating = true;
        editing = null;
        setDisable(false);
        addButton.setVisible(true);
        title.setText("New dataset");
        fill(Map.of("source_type", "synthetic", "uses", "fine-tuning"));
        inputs.get("id").requestFocus();
    }

    private void fill(Map<String, String> texts) {
        loading = true;
        try {
            for (var e : inputs.entrySet()) {
                String value = texts.getOrDefault(e.getKey(), "");
                if (e.getValue() instanceof TextInputControl t) {
                    t.setText(value);
                } else if (e.getValue() instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    ComboBox<String> b = (ComboBox<String>) box;
                    b.setValue(value.isEmpty() ? null : value);
                }
            }
            showCheck(null);
        } finally {
            loading = false;
        }
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var e : inputs.entrySet()) {
            String value;
            if (e.getValue() instanceof TextInputControl t) {
                value = t.getText();
            } else {
                Object v = ((ComboBox<?>) e.getValue()).getEditor() != null && ((ComboBox<?>) e.getValue()).isEditable()
                        ? ((ComboBox<?>) e.getValue()).getEditor().getText()
                        : ((ComboBox<?>) e.getValue()).getValue();
                value = v == null ? "" : v.toString();
            }
            texts.put(e.getKey(), value == null ? "" : value);
        }
        return texts;
    }

    private void fieldEdited() {
        if (loading || isDisabled()) {
            return;
        }
        if (creating) {
            showCheck(model.check(null, texts()));
            return;
        }
        if (editing == null) {
            return;
        }
        Check check = model.apply(editing, texts());
        showCheck(check);
        if (check.ok()) {
            editing = check.dataset();
            title.setText(editing.name());
        }
    }

    private void saveNew() {
        Check check = model.apply(null, texts());
        showCheck(check);
        if (check.ok()) {
            creating = false;
            show(check.dataset());
        }
    }

    private void showCheck(Check check) {
        for (var e : messages.entrySet()) {
            String field = e.getKey();
            String error = check == null ? null : check.errors().get(field);
            String warning = check == null ? null : check.warnings().get(field);
            Label label = e.getValue();
            Control input = inputs.get(field);
            input.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            input.pseudoClassStateChanged(Styles.STATE_WARNING, error == null && warning != null);
            label.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            String text = error != null ? error : warning;
            label.setText(text == null ? "" : text);
            label.getStyleClass().add(error != null ? Styles.DANGER : Styles.WARNING);
            label.setVisible(text != null);
            label.setManaged(text != null);
            label.setId(text == null ? null : "message-" + field.replace('_', '-').toLowerCase(Locale.ROOT));
        }
    }
}
