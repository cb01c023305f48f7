package dev.clearance.ui.findings;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.ui.RiskBadge;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Findings as cards: level, rule, dataset, the reason, the clauses it rests on (click to read), what to do. */
final class FindingCards extends ListView<FindingsViewModel.Row> {
    FindingCards(ObservableList<FindingsViewModel.Row> rows, BiConsumer<ClauseCitation, Node> openClause,
                 java.util.function.Function<FindingsViewModel.Row, java.util.List<String>> annotations) {
        super(rows);
        setId("findings-list");
        getStyleClass().add("finding-cards");
        setPlaceholder(new Label("No findings."));
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FindingsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : card(row, openClause, annotations, getListView()));
            }
        });
    }

    private static Node card(FindingsViewModel.Row row, BiConsumer<ClauseCitation, Node> openClause,
                             java.util.function.Function<FindingsViewModel.Row, java.util.List<String>> annotations,
                             ListView<?> list) {
        Finding f = row.finding();
        Label rule = new Label(f.rule());
        rule.getStyleClass().addAll(Styles.TEXT_BOLD);
        rule.setMinWidth(Label.USE_PREF_SIZE);
        Label dataset = new Label(row.datasetName() + " (" + row.datasetId() + ")");
        dataset.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // Annotations point at a finding with this link (typed in the Annotations area's editor).
        rule.setTooltip(new javafx.scene.control.Tooltip("Link an annotation to this finding with: finding:"
                + row.datasetId() + "/" + f.rule()));
        HBox head = new HBox(8, RiskBadge.of(Optional.of(f.level())), rule, dataset);
        head.setAlignment(Pos.CENTER_LEFT);

        Label message = wrapped(f.message());
        VBox card = new VBox(6, head, message);
        if (!f.clauses().isEmpty()) {
            FlowPane cites = new FlowPane(4, 2);
            Label restsOn = new Label("Rests on:");
            restsOn.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            cites.getChildren().add(restsOn);
            for (ClauseCitation c : f.clauses()) {
                Hyperlink link = new Hyperlink(c.label());
                link.getStyleClass().add(Styles.TEXT_SMALL);
                link.setOnAction(e -> openClause.accept(c, link));
                cites.getChildren().add(link);
            }
            card.getChildren().add(cites);
        }
        for (String a : annotations.apply(row)) {
            Label evidence = wrapped("Annotated: " + a);
            evidence.getStyleClass().addAll(Styles.TEXT_SMALL, "finding-annotation");
            card.getChildren().add(evidence);
        }
        if (!f.remediation().isEmpty()) {
            Label todo = wrapped("What to do: " + f.remediation());
            todo.getStyleClass().add("finding-remediation");
            card.getChildren().add(todo);
        }
        card.getStyleClass().addAll("finding-card", "level-" + f.level().id());
        // Cards wrap to the list's width rather than scrolling sideways.
        card.prefWidthProperty().bind(list.widthProperty().subtract(40));
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
