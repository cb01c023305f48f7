package dev.clearance.ui.review;

import dev.clearance.domain.AuditEvent;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The project's audit trail: who changed what, when, from which value to which. Sortable by any column. */
final class AuditTrailTable extends TableView<AuditEvent> {
    AuditTrailTable(ObservableList<AuditEvent> events) {
        SortedList<AuditEvent> sorted = new SortedList<>(events);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("audit-trail-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Nothing recorded for this project yet."));
        getColumns().addAll(List.of(
                column("When", 175, e -> SignOffTable.TIME.format(e.at())),
                column("Who", 120, AuditEvent::actor),
                column("Action", 150, AuditEvent::action),
                column("Subject", 200, AuditEvent::subject),
                column("Old → new", 360, AuditTrailTable::change)));
    }

    private static String change(AuditEvent e) {
        String before = e.oldValue() == null || e.oldValue().isEmpty() ? "—" : e.oldValue();
        String after = e.newValue() == null || e.newValue().isEmpty() ? "—" : e.newValue();
        return before + " → " + after;
    }

    private static TableColumn<AuditEvent, String> column(String title, double width, Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Values such as a project's settings are long: the whole of it on hover.
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        return c;
    }
}
