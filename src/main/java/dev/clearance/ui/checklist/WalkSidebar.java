package dev.clearance.ui.checklist;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.checklist.Walk.SectionState;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.RiskLevel;
import dev.clearance.ui.RiskBadge;
import dev.clearance.ui.checklist.ChecklistViewModel.WalkRow;
import dev.clearance.ui.checklist.WalkViewModel.SectionRow;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left side of the Checklist area: the project's walks, then the sections of the open walk with their states. */
final class WalkSidebar extends VBox {
    private final ChecklistViewModel model;
    private final ListView<WalkRow> walks = new ListView<>();
    private final ListView<SectionRow> sections = new ListView<>();
    private boolean syncing;

    WalkSidebar(ChecklistViewModel model) {
        super(6);
        this.model = model;
        setId("walk-sidebar");
        getStyleClass().add("walk-sidebar");
        setPadding(new Insets(12, 10, 12, 12));
        setPrefWidth(330);
        setMinWidth(260);
        // The reviewer decides how much room the walks get; the sections take the rest.
        VBox walkPart = new VBox(6, caption("Walks"), walkList(), splitOff());
        VBox sectionPart = new VBox(6, caption("Sections"), sectionList());
        VBox.setVgrow(walks, Priority.ALWAYS);
        SplitPane split = new SplitPane(walkPart, sectionPart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.getStyleClass().add("walk-sidebar-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
    }

    private static Label caption(String text) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "sidebar-caption");
        return l;
    }

    private ListView<WalkRow> walkList() {
        walks.setId("walk-list");
        walks.getStyleClass().add("walk-list");
        walks.setItems(model.walks());
        walks.setMinHeight(90);
        walks.setPlaceholder(new Label("No model-generated datasets"));
        walks.setCellFactory(l -> new WalkCell());
        walks.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> selectQuietly(walks, row));
        model.walks().addListener((ListChangeListener<WalkRow>) c -> selectQuietly(walks, model.selectedProperty().get()));
        selectQuietly(walks, model.selectedProperty().get());
        return walks;
    }

    private MenuButton splitOff() {
        MenuButton split = new MenuButton("Split off a dataset");
        split.setId("split-off");
        split.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        split.setTooltip(new Tooltip("Give one dataset a walk of its own when its facts differ from the others'; "
                + "it starts from this walk's answers"));
        split.setOnShowing(e -> {
            split.getItems().clear();
            WalkRow row = model.selectedProperty().get();
            if (row == null) {
                return;
            }
            for (Dataset d : row.datasets()) {
                MenuItem item = new MenuItem(d.id() + " — " + d.name());
                item.setMnemonicParsing(false);
                item.setOnAction(x -> confirmSplit(d));
                split.getItems().add(item);
            }
        });
        split.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().canSplit(),
                model.selectedProperty()));
        return split;
    }

    private void confirmSplit(Dataset d) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Split off a dataset");
        ask.setHeaderText("Give " + d.id() + " a walk of its own?");
        ask.setContentText("It starts with a copy of this walk's answers; from then on its answers are separate. "
                + "The other datasets keep this walk.");
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.splitOff(d));
    }

    private ListView<SectionRow> sectionList() {
        sections.setId("section-list");
        sections.getStyleClass().add("section-list");
        sections.setItems(model.walk().sections());
        sections.setCellFactory(l -> new SectionCell());
        VBox.setVgrow(sections, Priority.ALWAYS);
        // A click (or Enter) on a section jumps there; the list follows the walk, not the other way round.
        sections.setOnMouseClicked(e -> jumpToSelectedSection());
        sections.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jumpToSelectedSection();
            }
        });
        model.walk().sections().addListener((ListChangeListener<SectionRow>) c -> selectQuietly(sections,
                model.walk().sections().stream().filter(SectionRow::current).findFirst().orElse(null)));
        return sections;
    }

    private void jumpToSelectedSection() {
        SectionRow s = sections.getSelectionModel().getSelectedItem();
        if (!syncing && s != null && !s.current()) {
            model.walk().jumpToSection(s.id());
        }
    }

    private <T> void selectQuietly(ListView<T> list, T item) {
        syncing = true;
        try {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    /** A walk: its terms, channel and version, datasets, completion and risk. */
    private static final class WalkCell extends ListCell<WalkRow> {
        private final Label risk = new Label();
        private final ChangeListener<Optional<RiskLevel>> riskChanged = (o, a, level) -> RiskBadge.update(risk, level);
        private WalkRow shown;

        @Override
        protected void updateItem(WalkRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (shown != null) {
                shown.riskProperty().removeListener(riskChanged);
                shown = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            title.prefWidthProperty().bind(getListView().widthProperty().subtract(110));
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            shown = row;
            RiskBadge.update(risk, row.riskProperty().get());
            risk.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.riskProperty().addListener(riskChanged);
            HBox head = new HBox(8, title, new Spacer(), risk);
            head.setAlignment(Pos.CENTER_LEFT);
            Label detail = new Label(row.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            detail.setMinWidth(0);
            Label members = new Label(row.datasets().stream().map(Dataset::id).collect(Collectors.joining(", ")));
            members.getStyleClass().add(Styles.TEXT_SMALL);
            members.setMinWidth(0);
            Label done = new Label();
            done.textProperty().bind(Bindings.concat(row.decidedProperty(), " of ", row.askedProperty(), " answered"));
            done.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(1, head, detail, members, done);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(34));
            setGraphic(box);
            setTooltip(row.warnings().isEmpty() ? null : new Tooltip(String.join("\n", row.warnings())));
        }
    }

    /** A section: a state mark, its number and title, and how many of its questions are decided. */
    private static final class SectionCell extends ListCell<SectionRow> {
        @Override
        protected void updateItem(SectionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label mark = new Label(mark(row.state()));
            mark.getStyleClass().addAll("section-state", "section-state-" + row.state().name().toLowerCase().replace('_', '-'));
            mark.setMinWidth(22);
            mark.setAlignment(Pos.CENTER);
            Label title = new Label(row.label());
            title.setWrapText(true);
            // A wrapped label in a list cell needs a width to wrap at and the height that width needs.
            title.prefWidthProperty().bind(getListView().widthProperty().subtract(100));
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (row.current()) {
                title.getStyleClass().add(Styles.TEXT_BOLD);
            }
            HBox.setHgrow(title, Priority.ALWAYS);
            Label count = new Label(row.decided() + "/" + row.asked());
            count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox box = new HBox(8, mark, title, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPrefWidth(0);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
            setId("section-" + row.id());
            setTooltip(new Tooltip(describe(row.state())));
        }

        private static String mark(SectionState s) {
            return switch (s) {
                case NOT_STARTED -> "○";
                case IN_PROGRESS -> "◐";
                case COMPLETE -> "✓";
                case NEEDS_ATTENTION -> "!";
            };
        }

        private static String describe(SectionState s) {
            return switch (s) {
                case NOT_STARTED -> "Not started";
                case IN_PROGRESS -> "In progress: some answers are missing or only suggested";
                case COMPLETE -> "Complete: every required question has your decision";
                case NEEDS_ATTENTION -> "Needs attention: an answer is 'unsure'";
            };
        }
    }
}
