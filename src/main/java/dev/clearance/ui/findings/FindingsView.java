package dev.clearance.ui.findings;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.ui.RiskBadge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The findings area: a dashboard of levels, the datasets worst first, their findings and the duties before release. */
public final class FindingsView extends VBox {
    private static final List<RiskLevel> WORST_FIRST = List.of(RiskLevel.BLOCKED, RiskLevel.HIGH, RiskLevel.UNKNOWN,
            RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.CLEAR);

    private final FindingsViewModel model;

    /**
     * @param assessing true while an assessment runs
     * @param assessAgain runs the assessment again
     */
    public FindingsView(FindingsViewModel model, javafx.beans.value.ObservableBooleanValue assessing, Runnable assessAgain) {
        super(12);
        this.model = model;
        setId("findings-view");
        setPadding(new Insets(12, 16, 12, 16));
        SplitPane split = new SplitPane(datasetTable(), details());
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        StackPane body = new StackPane(split, waiting());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(dashboard(assessing, assessAgain), body);
    }

    private Region waiting() {
        Label l = new Label("Assessing… the findings appear in a moment.");
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, new ProgressIndicator(), l);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.assessmentProperty().isNull());
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.getStyleClass().add("findings-waiting");
        return box;
    }

    private Region dashboard(javafx.beans.value.ObservableBooleanValue assessing, Runnable assessAgain) {
        Label overallTitle = new Label("Overall risk");
        overallTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label overall = RiskBadge.of(Optional.empty());
        overall.setId("overall-risk");
        overall.getStyleClass().add("risk-badge-large");
        Label note = new Label("The worst level of any dataset");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox overallBox = new VBox(4, overallTitle, overall, note);
        overallBox.setMinWidth(Region.USE_PREF_SIZE);

        HBox tiles = new HBox(8);
        DistributionBar bar = new DistributionBar(WORST_FIRST);
        Runnable fill = () -> {
            ProjectAssessment a = model.assessmentProperty().get();
            RiskBadge.update(overall, a == null ? Optional.empty() : Optional.of(a.overall()));
            Map<RiskLevel, Integer> counts = model.countsProperty().get();
            tiles.getChildren().setAll(WORST_FIRST.stream().map(l -> tile(l, counts.getOrDefault(l, 0))).toList());
            bar.show(counts);
        };
        model.countsProperty().addListener((o, a, b) -> fill.run());
        model.assessmentProperty().addListener((o, a, b) -> fill.run());
        fill.run();

        Button again = new Button("Assess again");
        again.setId("assess-again");
        again.setOnAction(e -> assessAgain.run());
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(assessing::get, assessing));
        VBox right = new VBox(8, tiles, bar);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(24, overallBox, right, again);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("findings-dashboard");
        return row;
    }

    private static Region tile(RiskLevel level, int count) {
        Label n = new Label(String.valueOf(count));
        n.getStyleClass().add(Styles.TITLE_3);
        Label name = new Label(level.id());
        name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox tile = new VBox(0, n, name);
        tile.getStyleClass().addAll("level-tile", "level-" + level.id());
        tile.setId("count-" + level.id());
        tile.setMinWidth(72);
        return tile;
    }

    private Region datasetTable() {
        TableView<DatasetAssessment> table = new TableView<>(model.datasets());
        table.setId("findings-datasets");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No datasets to assess. Import an inventory first."));
        TableColumn<DatasetAssessment, RiskLevel> risk = new TableColumn<>("Risk");
        risk.setPrefWidth(100);
        risk.setMinWidth(90);
        risk.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().risk()));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RiskLevel item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : RiskBadge.of(Optional.of(item)));
            }
        });
        TableColumn<DatasetAssessment, String> name = new TableColumn<>("Dataset");
        name.setPrefWidth(220);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<DatasetAssessment, String> terms = new TableColumn<>("Terms");
        terms.setPrefWidth(200);
        terms.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().terms().isEmpty() ? "—" : String.join(", ", c.getValue().terms())));
        table.getColumns().addAll(List.of(risk, name, terms));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> model.selectedProperty().set(d));
        model.selectedProperty().addListener((o, a, d) -> {
            if (d == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Button all = new Button("Show all findings");
        all.getStyleClass().add(Styles.FLAT);
        all.disableProperty().bind(model.selectedProperty().isNull());
        all.setOnAction(e -> model.selectedProperty().set(null));
        Label hint = new Label("Select a dataset to see only its findings.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox foot = new HBox(8, hint, new Spacer(), all);
        foot.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, table, foot);
    }

    private Region details() {
        FindingCards cards = new FindingCards(model.rows(), this::openClause, model::annotations);
        Tab findings = new Tab("Findings", cards);
        findings.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Findings (" + model.rows().size() + ")", model.rows()));
        Tab duties = new Tab("Before release", new DutyList(model.duties()));
        duties.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Before release (" + model.duties().size() + ")", model.duties()));
        TabPane tabs = new TabPane(findings, duties);
        tabs.setId("findings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private void openClause(ClauseCitation citation, javafx.scene.Node anchor) {
        new ClausePopover(citation, model.clause(citation)).show(anchor);
    }
}
