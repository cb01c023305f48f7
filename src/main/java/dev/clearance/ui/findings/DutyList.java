package dev.clearance.ui.findings;

import atlantafx.base.theme.Styles;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The obligations to fulfil before release, each once, with the datasets that bring it. */
final class DutyList extends ListView<FindingsViewModel.Duty> {
    DutyList(ObservableList<FindingsViewModel.Duty> duties) {
        super(duties);
        setId("duties-list");
        setPlaceholder(new Label("Nothing to fulfil before release for the datasets as assessed."));
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FindingsViewModel.Duty d, boolean empty) {
                super.updateItem(d, empty);
                setText(null);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(d.kind().id());
                kind.getStyleClass().addAll("duty-kind", Styles.TEXT_SMALL);
                Label detail = new Label(d.detail());
                detail.setWrapText(true);
                detail.setMinHeight(Label.USE_PREF_SIZE);
                Label from = new Label("From: " + String.join(", ", d.datasets()));
                from.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                VBox box = new VBox(3, kind, detail, from);
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(box);
            }
        });
    }
}
