package dev.clearance.ui.workbench;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.Dataset;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The inventory as imported: one row per dataset (read-only until inventory editing is built). */
final class InventoryArea extends VBox {
    InventoryArea(WorkbenchViewModel model) {
        super(10);
        setPadding(new Insets(16, 20, 16, 20));
        Label summary = new Label(model.inventorySummary());
        summary.setId("inventory-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        model.datasets().addListener((javafx.collections.ListChangeListener<Dataset>) c ->
                summary.setText(model.inventorySummary()));

        TableView<Dataset> table = new TableView<>(model.datasets());
        table.setId("inventory-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("This project has no datasets. Import an inventory to add them."));
        table.getColumns().add(column("ID", 90, Dataset::id));
        table.getColumns().add(column("Name", 220, Dataset::name));
        table.getColumns().add(column("Source", 100, d -> d.sourceType().id()));
        table.getColumns().add(column("Generator", 190, d -> dash(d.generatorModel())));
        table.getColumns().add(column("Access", 90, d -> dash(d.access())));
        table.getColumns().add(column("Collected", 100, d -> d.collectedOn() == null ? "—" : d.collectedOn().toString()));
        table.getColumns().add(column("Licence", 120, d -> dash(d.license())));
        table.getColumns().add(column("Uses", 160, d -> String.join(", ", d.uses())));
        table.getColumns().add(column("Records", 90, d -> d.records() == null ? "—" : String.format("%,d", d.records())));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label note = new Label("Editing, filters and re-import previews are not built yet; "
                + "re-import the inventory to change it.");
        note.getStyleClass().add(Styles.TEXT_SMALL);
        getChildren().addAll(summary, table, note);
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
}
