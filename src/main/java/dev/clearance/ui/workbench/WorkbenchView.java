package dev.clearance.ui.workbench;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** An open project: a header, the areas on the left, the selected area in the middle. */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchViewModel model;
    private final ListView<Area> nav = new ListView<>();

    public WorkbenchView(WorkbenchViewModel model, Runnable backToProjects) {
        this.model = model;
        setId("workbench-view");
        setTop(header(backToProjects));
        setLeft(navigation());
        model.areaProperty().addListener((obs, old, area) -> show(area));
        show(model.areaProperty().get());
    }

    private Region header(Runnable backToProjects) {
        Button back = new Button("‹ Projects");
        back.setId("back-to-projects");
        back.getStyleClass().addAll(Styles.FLAT);
        back.setOnAction(e -> backToProjects.run());
        Label name = new Label(model.project().name());
        name.setId("project-title");
        name.getStyleClass().add(Styles.TITLE_3);
        String modelName = model.project().settings().modelName();
        Label facts = new Label((modelName.isEmpty() ? "" : "Model " + modelName + " · ") + model.projectFacts());
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(0, name, facts);
        HBox bar = new HBox(12, back, titles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 8));
        bar.getStyleClass().add("workbench-header");
        return bar;
    }

    private Region navigation() {
        nav.setId("area-nav");
        nav.getItems().setAll(Area.values());
        nav.setPrefWidth(190);
        nav.getStyleClass().add("area-nav");
        nav.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Area item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setId(empty || item == null ? null : "nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        nav.getSelectionModel().select(model.areaProperty().get());
        nav.getSelectionModel().selectedItemProperty().addListener((obs, old, area) -> {
            if (area != null) {
                model.areaProperty().set(area);
            }
        });
        model.areaProperty().addListener((obs, old, area) -> nav.getSelectionModel().select(area));
        VBox.setVgrow(nav, Priority.ALWAYS);
        return nav;
    }

    private void show(Area area) {
        Node content = area == Area.INVENTORY ? new InventoryArea(model) : new NotBuiltArea(area);
        Label title = new Label(area.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label purpose = new Label(area.purpose());
        purpose.setWrapText(true);
        purpose.getStyleClass().add(Styles.TEXT_MUTED);
        VBox head = new VBox(2, title, purpose);
        head.setPadding(new Insets(16, 20, 0, 20));
        BorderPane pane = new BorderPane(content);
        pane.setTop(head);
        setCenter(pane);
    }

    /** Selects an area (Ctrl+1 … Ctrl+6). */
    public void select(Area area) {
        model.areaProperty().set(area);
    }
}
