package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.ClauseChange;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Two versions side by side, clause by clause: removed words struck in red on the left, added words in
 * green on the right, and the tags each change adds or removes. Rows are virtualised, so a long diff scrolls.
 */
final class DiffPane extends VBox {
    private final TermsViewModel model;
    private final ComboBox<TermsVersion> from = new ComboBox<>();
    private final ComboBox<TermsVersion> to = new ComboBox<>();
    private final Label headline = new Label();
    private final Label basis = new Label();
    private final Label tagMovement = new Label();
    private final CheckBox onlyOutputUse = new CheckBox("Only changes touching output use");
    private final ObservableList<ClauseChange> rows = FXCollections.observableArrayList();
    private final ListView<ClauseChange> list = new ListView<>(rows);
    private final Label placeholder;
    private final Label olderSide = new Label();
    private final Label newerSide = new Label();
    private static final String CHOOSE = "Choose two versions above, or select two in the timeline and press"
            + " \u201CCompare selected\u201D.";

    DiffPane(TermsViewModel model) {
        super(8);
        this.model = model;
        setId("diff-pane");
        setPadding(new Insets(10, 0, 0, 0));
        from.setId("diff-from");
        to.setId("diff-to");
        from.setItems(model.versions());
        to.setItems(model.versions());
        from.setCellFactory(l -> versionCell());
        from.setButtonCell(versionCell());
        to.setCellFactory(l -> versionCell());
        to.setButtonCell(versionCell());
        Button compare = new Button("Compare");
        compare.setId("diff-compare");
        compare.getStyleClass().add(Styles.ACCENT);
        compare.setOnAction(e -> model.compare(from.getValue(), to.getValue()));
        compare.disableProperty().bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        Label arrow = new Label("→");
        HBox choose = new HBox(8, new Label("Compare"), from, arrow, to, compare);
        choose.setAlignment(Pos.CENTER_LEFT);

        headline.setId("diff-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        basis.getStyleClass().add(Styles.TEXT_MUTED);
        basis.setWrapText(true);
        basis.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        tagMovement.setWrapText(true);
        onlyOutputUse.setId("diff-only-output-use");
        onlyOutputUse.selectedProperty().addListener((o, a, b) -> refill());

        list.setId("diff-changes");
        list.setCellFactory(l -> new ChangeCell());
        placeholder = new Label(CHOOSE);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(placeholder);
        for (javafx.scene.Node n : List.of(headline, basis, tagMovement, onlyOutputUse)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        // Which side is which, above the two columns of every row.
        GridPane sidesHeader = new GridPane();
        sidesHeader.setHgap(12);
        sidesHeader.setPadding(new Insets(0, 36, 0, 10));
        ColumnConstraints halfHeader = new ColumnConstraints();
        halfHeader.setPercentWidth(50);
        sidesHeader.getColumnConstraints().addAll(halfHeader, halfHeader);
        olderSide.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        newerSide.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sidesHeader.add(olderSide, 0, 0);
        sidesHeader.add(newerSide, 1, 0);
        sidesHeader.visibleProperty().bind(model.diffProperty().isNotNull());
        sidesHeader.managedProperty().bind(sidesHeader.visibleProperty());
        getChildren().addAll(choose, headline, basis, tagMovement, onlyOutputUse, sidesHeader, list);

        model.versions().addListener((javafx.collections.ListChangeListener<TermsVersion>) c -> preselect());
        model.diffProperty().addListener((o, a, d) -> showDiff(d));
        model.diffProblemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                showProblem(p);
            }
        });
        preselect();
        showDiff(null);
    }

    /** The two newest versions are the comparison a reviewer most often wants. */
    private void preselect() {
        List<TermsVersion> v = model.versions();
        to.setValue(v.isEmpty() ? null : v.get(0));
        from.setValue(v.size() < 2 ? null : v.get(1));
    }

    void choose(TermsVersion older, TermsVersion newer) {
        from.setValue(older);
        to.setValue(newer);
    }

    private void showDiff(DiffSummary d) {
        headline.getStyleClass().remove(Styles.DANGER);
        boolean has = d != null;
        onlyOutputUse.setVisible(has);
        basis.setVisible(has);
        tagMovement.setVisible(has && !d.tagMovement().isEmpty());
        headline.setVisible(has);
        if (has) {
            headline.setText(d.headline());
            olderSide.setText("Older: " + d.result().from().effectiveOn());
            newerSide.setText("Newer: " + d.result().to().effectiveOn());
            basis.setText(d.basis());
            tagMovement.setText(d.tagMovement());
        }
        refill();
    }

    private void showProblem(String problem) {
        rows.clear();
        placeholder.setText("");
        headline.setVisible(true);
        headline.setText(problem);
        headline.getStyleClass().add(Styles.DANGER);
        basis.setVisible(false);
        tagMovement.setVisible(false);
        onlyOutputUse.setVisible(false);
    }

    private void refill() {
        DiffSummary d = model.diffProperty().get();
        if (d == null) {
            rows.clear();
            placeholder.setText(CHOOSE);
            return;
        }
        rows.setAll(onlyOutputUse.isSelected() ? d.result().diff().restrictionChanges() : d.changes());
        list.scrollTo(0);
        placeholder.setText(d.changes().isEmpty() ? "Nothing to show: no clause differs."
                : "None of the changes touches a clause about output use. Clear the tick to see all of them.");
    }

    private static ListCell<TermsVersion> versionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TermsVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.effectiveOn().toString());
            }
        };
    }

    /** One changed clause: what happened and where, tag changes, then old | new with word highlights. */
    private final class ChangeCell extends ListCell<ClauseChange> {
        @Override
        protected void updateItem(ClauseChange c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(switch (c.kind()) {
                case ADDED -> "Added · line " + c.newLine();
                case REMOVED -> "Removed · was line " + c.oldLine();
                case CHANGED -> "Changed · line " + c.oldLine() + " → " + c.newLine();
            });
            what.getStyleClass().add(Styles.TEXT_BOLD);
            FlowPane head = new FlowPane(6, 4, what);
            head.setAlignment(Pos.CENTER_LEFT);
            for (Tag t : c.tagsAdded()) {
                head.getChildren().add(tagChange("+ ", t, "tag-added"));
            }
            for (Tag t : c.tagsRemoved()) {
                head.getChildren().add(tagChange("\u2212 ", t, "tag-removed"));
            }
            WordSegment.Sides sides = WordSegment.of(c.oldText(), c.newText());
            GridPane grid = new GridPane();
            grid.setHgap(12);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().addAll(half, half);
            // Word highlights only inside a changed clause; a clause added or removed whole is shaded instead.
            boolean whole = c.kind() != ClauseChange.Kind.CHANGED;
            grid.add(side(sides.before(), whole ? "diff-same" : "diff-delete",
                    c.kind() == ClauseChange.Kind.ADDED ? "(not in the older version)" : "",
                    c.kind() == ClauseChange.Kind.REMOVED ? "diff-removed-block" : null), 0, 0);
            grid.add(side(sides.after(), whole ? "diff-same" : "diff-insert",
                    c.kind() == ClauseChange.Kind.REMOVED ? "(not in the newer version)" : "",
                    c.kind() == ClauseChange.Kind.ADDED ? "diff-added-block" : null), 1, 0);
            VBox box = new VBox(6, head, grid);
            box.setPadding(new Insets(4, 2, 6, 2));
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            box.setMaxWidth(VBox.USE_PREF_SIZE);
            setGraphic(box);
        }

        private Label tagChange(String sign, Tag tag, String style) {
            Label l = Badges.tag(tag);
            l.setText(sign + tag.id());
            l.getStyleClass().add(style);
            return l;
        }

        private TextFlow side(List<WordSegment> segments, String changedStyle, String whenEmpty, String blockStyle) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("diff-side");
            if (blockStyle != null) {
                flow.getStyleClass().add(blockStyle);
            }
            if (segments.isEmpty()) {
                Text none = new Text(whenEmpty);
                none.getStyleClass().add("diff-absent");
                flow.getChildren().add(none);
            }
            for (int i = 0; i < segments.size(); i++) {
                WordSegment s = segments.get(i);
                Text t = new Text(s.text() + (i + 1 < segments.size() ? " " : ""));
                t.getStyleClass().add(s.changed() ? changedStyle : "diff-same");
                flow.getChildren().add(t);
            }
            return flow;
        }
    }
}
