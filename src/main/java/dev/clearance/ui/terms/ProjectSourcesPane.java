package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.Resolution.ResolvedTerms;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The project's own sources: per model-generated dataset, the model, access, date and the governing
 * document versions (or "unknown" with the reason), and the user's model mappings below.
 */
final class ProjectSourcesPane extends VBox {
    private final ProjectSourcesViewModel model;
    private final TableView<DatasetSource> table = new TableView<>();
    private final TableView<ModelMapping> mappings = new TableView<>();

    /**
     * @param openTerms shows a document version in the browser
     * @param mapModel  opens the mapping dialog for a dataset (null: a blank mapping)
     */
    ProjectSourcesPane(ProjectSourcesViewModel model, Consumer<TermsRef> openTerms, Consumer<DatasetSource> mapModel) {
        super(8);
        this.model = model;
        setId("project-sources");
        setPadding(new Insets(10, 0, 0, 0));

        Label counts = new Label();
        counts.setId("sources-counts");
        counts.textProperty().bind(model.countsBinding());
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        Button map = new Button("Map the model to a document…");
        map.setId("map-model");
        map.setOnAction(e -> mapModel.accept(table.getSelectionModel().getSelectedItem()));
        Button open = new Button("Open its terms");
        open.setId("open-source-terms");
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null
                        || !table.getSelectionModel().getSelectedItem().resolved(),
                table.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> openFirst(openTerms));
        HBox bar = new HBox(8, counts, new atlantafx.base.controls.Spacer(), open, map);
        bar.setAlignment(Pos.CENTER_LEFT);

        sourcesTable(openTerms, mapModel);
        mappingsTable();
        Label mappingsTitle = new Label("Your model mappings");
        mappingsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label mappingsHelp = new Label("Tried before the shipped registry, for models it does not know or where your"
                + " agreement differs. A document without a date takes the version in force on each dataset's date.");
        mappingsHelp.setWrapText(true);
        mappingsHelp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox lower = new VBox(4, mappingsTitle, mappingsHelp, mappings);
        VBox.setVgrow(mappings, Priority.ALWAYS);
        lower.setPadding(new Insets(8, 0, 0, 0));
        VBox upper = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
    }

    private void openFirst(Consumer<TermsRef> openTerms) {
        DatasetSource s = table.getSelectionModel().getSelectedItem();
        if (s != null && s.resolved() && !s.terms().isEmpty()) {
            openTerms.accept(s.terms().get(0).ref());
        }
    }

    private void sourcesTable(Consumer<TermsRef> openTerms, Consumer<DatasetSource> mapModel) {
        table.setId("sources-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("This project has no model-generated datasets: nothing here needs a"
                + " provider's terms."));
        table.getColumns().add(text("Dataset", 230, s -> s.dataset().id() + "\n" + s.dataset().name()));
        table.getColumns().add(text("Model", 165, DatasetSource::model));
        table.getColumns().add(fixed(text("Access", 80, DatasetSource::access)));
        table.getColumns().add(fixed(text("Collected", 100, DatasetSource::collectedOn)));
        TableColumn<DatasetSource, DatasetSource> terms = new TableColumn<>("Governing terms");
        terms.setPrefWidth(310);
        terms.setMinWidth(310);
        terms.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        terms.setCellFactory(c -> new TermsCell(openTerms, mapModel));
        table.getColumns().add(terms);
        table.getColumns().add(text("Warnings and what to do", 360,
                s -> String.join("\n", s.notes().stream().map(n -> "\u2022 " + n).toList())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openFirst(openTerms);
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<DatasetSource> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openFirst(openTerms);
                }
            });
            return row;
        });
    }

    private void mappingsTable() {
        mappings.setId("mappings-table");
        mappings.setItems(model.mappings());
        mappings.setPlaceholder(new Label("No mappings of your own. Select an unknown model above and map it."));
        mappings.getColumns().add(plain("Model pattern", 180, ModelMapping::modelPattern));
        mappings.getColumns().add(plain("Provider", 90, m -> m.provider().isEmpty() ? "any" : m.provider()));
        mappings.getColumns().add(plain("Access", 80, m -> m.access().isEmpty() ? "any" : m.access()));
        mappings.getColumns().add(plain("Governing documents", 260, m -> String.join(", ", m.documentIds())));
        mappings.getColumns().add(plain("Note", 300, ModelMapping::note));
        TableColumn<ModelMapping, ModelMapping> remove = new TableColumn<>("");
        remove.setPrefWidth(80);
        remove.setMaxWidth(90);
        remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        remove.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ModelMapping m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                    return;
                }
                Button b = new Button("Remove");
                b.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.FLAT);
                b.setId("remove-mapping-" + m.id());
                b.setOnAction(e -> model.removeMapping(m));
                setGraphic(b);
            }
        });
        mappings.getColumns().add(remove);
        mappings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
    }

    private static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth() + 20);
        return column;
    }

    private static <T> TableColumn<T, String> plain(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** A column whose text wraps, so warnings and two-line cells are read in full. */
    private static TableColumn<DatasetSource, String> text(String title, double width,
                                                           Function<DatasetSource, String> value) {
        TableColumn<DatasetSource, String> c = plain(title, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.getStyleClass().add("table-text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setAlignment(Pos.TOP_LEFT);
            }
        });
        return c;
    }

    /** The governing versions as links with their confidence, or "unknown". */
    private static final class TermsCell extends TableCell<DatasetSource, DatasetSource> {
        private final Consumer<TermsRef> openTerms;
        private final Consumer<DatasetSource> mapModel;

        TermsCell(Consumer<TermsRef> openTerms, Consumer<DatasetSource> mapModel) {
            this.openTerms = openTerms;
            this.mapModel = mapModel;
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(DatasetSource s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            if (!s.resolved()) {
                Label unknown = new Label("unknown");
                unknown.getStyleClass().addAll("terms-badge", "terms-unknown");
                Hyperlink map = new Hyperlink("Map this model to a document…");
                map.setId("map-" + s.dataset().id());
                map.setPadding(Insets.EMPTY);
                map.setOnAction(e -> mapModel.accept(s));
                box.getChildren().addAll(unknown, map);
            }
            // The reference on its own line (it can be long), its confidence and how it was found below it.
            for (ResolvedTerms t : s.terms()) {
                Hyperlink link = new Hyperlink(t.ref().toString());
                link.setOnAction(e -> openTerms.accept(t.ref()));
                link.setPadding(Insets.EMPTY);
                Label how = new Label("via " + s.matchedBy());
                how.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                HBox line = new HBox(6, Badges.confidence(t.version().confidence()), how);
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().addAll(link, line);
            }
            setGraphic(box);
        }
    }
}
