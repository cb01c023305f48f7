package dev.clearance.ui.workbench;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.domain.Project;
import dev.clearance.inventory.InventoryFormat;
import dev.clearance.ui.annotations.AnnotationsView;
import dev.clearance.ui.findings.FindingsView;
import dev.clearance.ui.findings.FindingsViewModel;
import dev.clearance.ui.review.ReviewView;
import dev.clearance.ui.terms.TermsView;
import dev.clearance.ui.checklist.ChecklistView;
import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
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
import javafx.stage.FileChooser;

/** An open project: a header, the areas on the left, the selected area in the middle. */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchViewModel model;
    private final Consumer<String> status;
    private final ListView<Area> nav = new ListView<>();
    private InventoryView inventoryView;
    private FindingsView findingsView;
    private FindingsViewModel findings;
    private TermsView termsView;
    private ChecklistView checklistView;
    private AnnotationsView annotationsView;
    private ReviewView reviewView;

    /**
     * @param status shows a sentence in the window's status bar
     */
    public WorkbenchView(WorkbenchViewModel model, Runnable backToProjects, Consumer<String> status) {
        this.model = model;
        this.status = status;
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
        Label name = new Label();
        name.setId("project-title");
        name.getStyleClass().add(Styles.TITLE_3);
        Label facts = new Label();
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        Consumer<Project> fill = p -> {
            name.setText(p.name());
            String modelName = p.settings().modelName();
            facts.setText((modelName.isEmpty() ? "" : "Model " + modelName + " · ") + model.projectFacts());
        };
        fill.accept(model.project());
        model.projectProperty().addListener((o, a, p) -> fill.accept(p));
        Button settings = new Button("Project settings…");
        settings.setId("project-settings-button");
        settings.setOnAction(e -> new ProjectSettingsDialog(getScene().getWindow(), model).show());
        HBox bar = new HBox(12, back, new VBox(0, name, facts), new Spacer(), settings);
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
                setId(empty || item == null ? null : "nav-" + item.name().toLowerCase(Locale.ROOT));
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
        Node content = switch (area) {
            case INVENTORY -> inventoryView();
            case TERMS -> termsView();
            case FINDINGS -> findingsView();
            case CHECKLIST -> checklistView();
            case ANNOTATIONS -> annotationsView();
            case REVIEW -> reviewView();
        };
        Label title = new Label(area.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label purpose = new Label(area.purpose());
        purpose.setWrapText(true);
        purpose.getStyleClass().add(Styles.TEXT_MUTED);
        VBox head = new VBox(2, title, purpose);
        head.setPadding(new Insets(14, 16, 0, 16));
        BorderPane pane = new BorderPane(content);
        pane.setTop(head);
        setCenter(pane);
    }

    /** The inventory view is built once per project: its table state survives switching areas. */
    private InventoryView inventoryView() {
        if (inventoryView == null) {
            inventoryView = new InventoryView(model.inventory(), this::export);
        }
        return inventoryView;
    }

    /** Built once per project, like the inventory: it follows the workbench's latest assessment. */
    private FindingsView findingsView() {
        if (findingsView == null) {
            findings = new FindingsViewModel(model.assessmentProperty(), model::clauseText);
            findings.annotationsFrom(model::annotationsByLink);
            findingsView = new FindingsView(findings, model.assessingProperty(), model::assess);
        } else {
            findings.refreshAnnotations();
        }
        return findingsView;
    }

    /** Like the inventory, the terms view is built once per project and keeps its selection. */
    private TermsView termsView() {
        if (termsView == null) {
            termsView = new TermsView(model.terms(status), status);
        }
        return termsView;
    }

    /**
     * The checklist view is built once per project; each visit re-reads the walks, since inventory edits
     * and settings may have moved datasets between walks.
     */
    private ChecklistView checklistView() {
        if (checklistView == null) {
            checklistView = new ChecklistView(model.checklist());
            model.checklist().assessedProperty().addListener((o, before, sentence) -> status.accept(sentence));
        }
        model.checklist().load();
        return checklistView;
    }

    /** Built once per project: the open version, filters and selection survive switching areas. */
    private AnnotationsView annotationsView() {
        if (annotationsView == null) {
            annotationsView = new AnnotationsView(model.annotations(), status);
        }
        return annotationsView;
    }

    /**
     * Built once per project; each visit reads the review again, since answers, acknowledgements and terms
     * may have changed its readiness or made a sign-off stale.
     */
    private ReviewView reviewView() {
        if (reviewView == null) {
            reviewView = new ReviewView(model.review(), () -> model.areaProperty().set(Area.CHECKLIST), status);
        }
        model.review().load();
        return reviewView;
    }

    private void export(InventoryFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export inventory as " + format.name());
        String ext = format.extension();
        chooser.setInitialFileName(model.project().name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-inventory." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + ext));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath(), status);
        }
    }
}
