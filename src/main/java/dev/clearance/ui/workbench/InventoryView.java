package dev.clearance.ui.workbench;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import dev.clearance.inventory.InventoryFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The inventory area: filters, the dataset table (sortable, with a column chooser) and the detail form. */
final class InventoryView extends VBox {
    private final InventoryViewModel model;
    private final TableView<Dataset> table = new TableView<>();
    private final DatasetForm form;

    InventoryView(InventoryViewModel model, Consumer<InventoryFormat> export) {
        super(8);
        this.model = model;
        this.form = new DatasetForm(model);
        setId("inventory-view");
        setPadding(new Insets(12, 16, 12, 16));
        SplitPane split = new SplitPane(tablePane(), form);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(filters(), actions(export), split);
    }

    private HBox filters() {
        CustomTextField search = new CustomTextField();
        search.setId("inventory-search");
        search.setPromptText("Filter by id, name, generator, licence, owner, notes…");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(260);
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<SourceType> source = new ComboBox<>();
        source.setId("filter-source");
        source.getItems().add(null);
        source.getItems().addAll(SourceType.values());
        source.setButtonCell(choiceCell("All sources", SourceType::id));
        source.setCellFactory(l -> choiceCell("All sources", SourceType::id));
        source.valueProperty().bindBidirectional(model.sourceFilterProperty());
        source.setMinWidth(140);

        ComboBox<String> generator = stringFilter("filter-generator", "All generators", model.generators());
        generator.valueProperty().bindBidirectional(model.generatorFilterProperty());
        ComboBox<String> access = stringFilter("filter-access", "All access", model.accesses());
        access.valueProperty().bindBidirectional(model.accessFilterProperty());
        generator.setMinWidth(160);
        access.setMinWidth(120);

        Button clear = new Button("Clear filters");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        HBox bar = new HBox(8, search, source, generator, access, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ComboBox<String> stringFilter(String id, String all, javafx.collections.ObservableList<String> choices) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
        Runnable fill = () -> {
            String keep = box.getValue();
            items.setAll((String) null);
            items.addAll(choices);
            box.setValue(choices.contains(keep) ? keep : null);
        };
        choices.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setItems(items);
        box.setButtonCell(choiceCell(all, s -> s));
        box.setCellFactory(l -> choiceCell(all, s -> s));
        return box;
    }

    private static <T> ListCell<T> choiceCell(String none, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
    }

    private HBox actions(Consumer<InventoryFormat> export) {
        Button add = button("Add", "add-dataset", "New dataset (Ctrl+N)", form::startNew);
        Button duplicate = button("Duplicate", "duplicate-dataset", "Duplicate the selected dataset (Ctrl+D)",
                () -> model.duplicate(table.getSelectionModel().getSelectedItem()));
        Button remove = button("Remove", "remove-dataset", "Remove the selected dataset from the inventory (Delete); "
                + "it stays in the history and Undo brings it back", () -> model.remove(table.getSelectionModel().getSelectedItem()));
        remove.getStyleClass().add(Styles.DANGER);
        duplicate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button undo = button("Undo", "undo", "Undo (Ctrl+Z)", model.history()::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(model.history().undoTextProperty());
        Button redo = button("Redo", "redo", "Redo (Ctrl+Shift+Z)", model.history()::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(model.history().redoTextProperty());
        MenuButton exportMenu = new MenuButton("Export");
        exportMenu.setId("export-inventory");
        for (InventoryFormat f : List.of(InventoryFormat.CSV, InventoryFormat.JSON, InventoryFormat.YAML)) {
            MenuItem item = new MenuItem(f.name() + "…");
            item.setOnAction(e -> export.accept(f));
            exportMenu.getItems().add(item);
        }
        Label counts = new Label();
        counts.setId("inventory-counts");
        counts.textProperty().bind(model.countsBinding());
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, add, duplicate, remove, new Spacer(12), undo, redo, new Spacer(), counts,
                new Spacer(12), exportMenu);
        bar.setAlignment(Pos.CENTER_LEFT);

        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                form.startNew();
            } else if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e) && !duplicate.isDisabled()) {
                duplicate.fire();
            } else {
                return;
            }
            e.consume();
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !remove.isDisabled()) {
                remove.fire();
                e.consume();
            }
        });
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox tablePane() {
        SortedList<Dataset> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("inventory-table");
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label("No datasets match. Clear the filters, or add a dataset."));
        table.getColumns().add(column("ID", 150, Dataset::id));
        table.getColumns().add(column("Name", 200, Dataset::name));
        table.getColumns().add(column("Source", 95, d -> d.sourceType().id()));
        table.getColumns().add(column("Generator", 180, d -> dash(d.generatorModel())));
        TableColumn<Dataset, String> provider = column("Provider", 90, d -> dash(d.generatorProvider()));
        provider.setVisible(false);
        table.getColumns().add(provider);
        table.getColumns().add(column("Access", 85, d -> dash(d.access())));
        table.getColumns().add(column("Collected", 95, d -> d.collectedOn() == null ? "—" : d.collectedOn().toString()));
        table.getColumns().add(column("Licence", 110, d -> dash(d.license())));
        TableColumn<Dataset, String> uses = column("Uses", 150, d -> String.join(", ", d.uses()));
        uses.setVisible(false);
        table.getColumns().add(uses);
        TableColumn<Dataset, Long> records = new TableColumn<>("Records");
        records.setPrefWidth(90);
        records.setStyle("-fx-alignment: CENTER-RIGHT;");
        records.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().records()));
        records.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : String.format("%,d", item));
            }
        });
        table.getColumns().add(records);
        TableColumn<Dataset, String> owner = column("Owner", 100, d -> dash(d.owner()));
        owner.setVisible(false);
        TableColumn<Dataset, String> terms = column("Terms override", 160, d -> dash(d.terms()));
        terms.setVisible(false);
        table.getColumns().addAll(owner, terms);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.selectedProperty().set(d);
            }
        });
        model.selectedProperty().addListener((o, a, d) -> {
            if (d != null && table.getSelectionModel().getSelectedItem() != d) {
                table.getSelectionModel().select(d);
                table.scrollTo(d);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "—" : s;
    }

    private static TableColumn<Dataset, String> column(String title, double width, Function<Dataset, String> value) {
        TableColumn<Dataset, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    TableView<Dataset> table() {
        return table;
    }
}
