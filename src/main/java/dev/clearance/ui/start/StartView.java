package dev.clearance.ui.start;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.ProjectSummary;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SampleProject;
import dev.clearance.ui.RiskBadge;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The start screen: projects in the database, recent work, samples, and a first-run empty state. */
public final class StartView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the start screen asks its window to do. */
    public interface Actions {
        void openProject(String name);

        void importInventory();

        void importPath(Path path);

        void openSample(SampleProject sample);
    }

    private final StartViewModel model;
    private final Actions actions;
    private final TableView<ProjectSummary> table = new TableView<>();

    public StartView(StartViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        setId("start-view");
        getStyleClass().add("start-view");
        layoutParts();
    }

    private void layoutParts() {
        StackPane center = new StackPane(projectsPane(), emptyState());
        setCenter(center);
        setRight(sidePanel());
    }

    private Region projectsPane() {
        Label title = new Label("Projects");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("Rights clearance reviews of AI training data. Open a project, or import an inventory.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        Button importButton = new Button("Import inventory…");
        importButton.setId("import-button");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setOnAction(e -> actions.importInventory());
        Button openButton = new Button("Open");
        openButton.setId("open-project-button");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> openSelected());
        HBox toolbar = new HBox(8, openButton, importButton, samplesMenu("Open sample project"));
        toolbar.setAlignment(Pos.CENTER_LEFT);

        table.setId("projects-table");
        table.setItems(model.projects());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No projects"));
        table.getColumns().add(column("Project", 260, p -> p.name()));
        table.getColumns().add(column("Model", 180, p -> p.modelName().isEmpty() ? "—" : p.modelName()));
        TableColumn<ProjectSummary, Number> count = new TableColumn<>("Datasets");
        count.setPrefWidth(90);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().datasetCount()));
        table.getColumns().add(count);
        TableColumn<ProjectSummary, Optional<RiskLevel>> risk = new TableColumn<>("Overall");
        risk.setPrefWidth(120);
        risk.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().overall()));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<RiskLevel> item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : RiskBadge.of(item));
            }
        });
        table.getColumns().add(risk);
        table.getColumns().add(column("Last modified", 150,
                p -> WHEN.format(p.lastModified().atZone(ZoneId.systemDefault()))));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ProjectSummary>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openProject(row.getItem().name());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox pane = new VBox(12, new VBox(2, title, subtitle), toolbar, table);
        pane.setPadding(new Insets(24));
        pane.visibleProperty().bind(model.emptyProperty().not());
        return pane;
    }

    private void openSelected() {
        ProjectSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            actions.openProject(selected.name());
        }
    }

    private static TableColumn<ProjectSummary, String> column(String title, double width,
                                                               java.util.function.Function<ProjectSummary, String> value) {
        TableColumn<ProjectSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** First run: say what the tool does and offer the two ways in. */
    private Region emptyState() {
        Label title = new Label("No projects yet");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("""
                Clearance checks whether the AI-generated data in your training sets may be used as you plan. \
                Start by importing your dataset inventory: a CSV, JSON, YAML or XLSX file, or a folder with \
                project.yaml and an inventory. Or explore a sample project first.""");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button importButton = new Button("Import inventory…");
        importButton.setId("empty-import-button");
        importButton.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        importButton.setOnAction(e -> actions.importInventory());
        Label dropHint = new Label("You can also drop a file or folder anywhere on this window.");
        dropHint.getStyleClass().add(Styles.TEXT_SMALL);

        VBox samples = new VBox(8);
        samples.setMaxWidth(560);
        if (!model.samples().isEmpty()) {
            Label samplesTitle = new Label("Sample projects");
            samplesTitle.getStyleClass().add(Styles.TITLE_4);
            samples.getChildren().add(samplesTitle);
            for (SampleProject s : model.samples()) {
                samples.getChildren().add(sampleCard(s));
            }
        }
        VBox box = new VBox(14, title, text, importButton, dropHint, samples);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(600);
        box.setPadding(new Insets(48, 24, 24, 24));
        box.setId("empty-state");
        StackPane holder = new StackPane(box);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.emptyProperty());
        return scroll;
    }

    private Region sampleCard(SampleProject s) {
        Hyperlink link = new Hyperlink(s.title());
        link.setId("sample-" + s.folderName());
        link.getStyleClass().add(Styles.TEXT_BOLD);
        link.setOnAction(e -> actions.openSample(s));
        Label summary = new Label(s.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(2, link, summary);
        card.getStyleClass().add("sample-card");
        return card;
    }

    private MenuButton samplesMenu(String text) {
        MenuButton menu = new MenuButton(text);
        menu.setId("samples-menu");
        for (SampleProject s : model.samples()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> actions.openSample(s));
            menu.getItems().add(item);
        }
        menu.setDisable(model.samples().isEmpty());
        return menu;
    }

    private Region sidePanel() {
        VBox side = new VBox(10);
        side.setPadding(new Insets(24, 24, 24, 12));
        side.setPrefWidth(280);
        side.getStyleClass().add("side-panel");
        side.getChildren().add(recentList("Recent projects", "recent-projects", model.recentProjects(),
                actions::openProject, "Projects you open appear here."));
        side.getChildren().add(recentList("Recent files", "recent-files", model.recentFiles(),
                p -> actions.importPath(Path.of(p)), "Inventories you import appear here."));
        // On first run there is nothing recent to offer: the empty state has the whole window.
        side.visibleProperty().bind(model.emptyProperty().not());
        side.managedProperty().bind(side.visibleProperty());
        return side;
    }

    private Region recentList(String title, String id, javafx.collections.ObservableList<String> items,
                              Consumer<String> onOpen, String emptyText) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TITLE_4);
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(180);
        Label placeholder = new Label(emptyText);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shorten(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        return new VBox(6, label, list);
    }

    /** Long paths show their last parts: the file name is what people recognise. */
    static String shorten(String text) {
        if (text.length() <= 40) {
            return text;
        }
        Path p = Path.of(text);
        int n = p.getNameCount();
        return n >= 2 ? "…/" + p.getName(n - 2) + "/" + p.getFileName() : text;
    }

    public TableView<ProjectSummary> table() {
        return table;
    }
}
