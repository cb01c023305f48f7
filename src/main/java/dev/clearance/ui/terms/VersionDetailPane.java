package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected version: when it was in force and how sure we are, the unverified notice, then tabs for the
 * clauses (with the facts the rules read), the full text, and the comparison with another version.
 */
final class VersionDetailPane extends VBox {
    private final Label ref = new Label();
    private final Label inForce = new Label();
    private final HBox confidence = new HBox();
    private final Label caveat = new Label();
    private final Label recorded = new Label();
    private final Label unverified = new Label();
    private final VBox facts = new VBox(2);
    private final ClauseList clauses;
    private final FullTextView fullText = new FullTextView();
    private final TabPane tabs = new TabPane();
    private final Tab textTab;
    private final Tab changesTab;
    private VersionDetail shown;

    VersionDetailPane(TermsViewModel model, DiffPane diffPane) {
        super(8);
        setId("version-detail");
        setPadding(new Insets(0, 0, 0, 12));
        clauses = new ClauseList(this::showClauseInText);

        ref.setId("version-ref");
        ref.getStyleClass().addAll(Styles.TITLE_4, "terms-ref");
        caveat.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        inForce.getStyleClass().add(Styles.TEXT_MUTED);
        HBox head = new HBox(10, ref, confidence);
        head.setAlignment(Pos.CENTER_LEFT);
        inForce.setWrapText(true);
        inForce.setMinHeight(Region.USE_PREF_SIZE);
        caveat.setWrapText(true);
        caveat.setMinHeight(Region.USE_PREF_SIZE);
        recorded.setId("recorded-text-source");
        recorded.setWrapText(true);
        recorded.setMinHeight(Region.USE_PREF_SIZE);
        recorded.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        recorded.managedProperty().bind(recorded.visibleProperty());
        unverified.setId("unverified-notice");
        unverified.setWrapText(true);
        unverified.setMinHeight(Region.USE_PREF_SIZE);
        unverified.getStyleClass().add("unverified-notice");
        unverified.managedProperty().bind(unverified.visibleProperty());
        caveat.managedProperty().bind(caveat.visibleProperty());

        facts.getStyleClass().add("facts-box");
        VBox clausesBody = new VBox(10, facts, clauses);
        clausesBody.setPadding(new Insets(10, 4, 10, 0));
        ScrollPane clauseScroll = new ScrollPane(clausesBody);
        clauseScroll.setFitToWidth(true);
        Tab clausesTab = new Tab("Clauses", clauseScroll);
        clausesTab.setId("clauses-tab");
        textTab = new Tab("Full text", fullText);
        textTab.setId("full-text-tab");
        changesTab = new Tab("Compare versions", diffPane);
        changesTab.setId("changes-tab");
        tabs.getTabs().addAll(clausesTab, textTab, changesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        // The comparison concerns two versions, not the selected one: it gets the whole height.
        VBox versionHeader = new VBox(6, head, inForce, caveat, recorded, unverified);
        versionHeader.visibleProperty().bind(tabs.getSelectionModel().selectedItemProperty().isNotEqualTo(changesTab));
        versionHeader.managedProperty().bind(versionHeader.visibleProperty());
        getChildren().addAll(versionHeader, tabs);
        model.detailProperty().addListener((o, a, d) -> show(d));
        model.diffProperty().addListener((o, a, d) -> {
            if (d != null) {
                tabs.getSelectionModel().select(changesTab);
            }
        });
        model.diffProblemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                tabs.getSelectionModel().select(changesTab);
            }
        });
        show(model.detailProperty().get());
    }

    private void show(VersionDetail d) {
        shown = d;
        setVisible(d != null);
        if (d == null) {
            return;
        }
        ref.setText(d.version().ref().toString());
        inForce.setText(d.inForce() + (d.version().lastChecked() == null ? ""
                : " · " + (d.isUsersVersion() ? "added " : "last checked ") + d.version().lastChecked()));
        confidence.getChildren().setAll(Badges.confidence(d.confidence()));
        caveat.setText(d.dateCaveat());
        caveat.setVisible(!d.dateCaveat().isEmpty());
        recorded.setText(d.version().provenance().map(p -> "Recorded text: " + p.describe()
                + ". SHA-256 " + p.sha256().substring(0, 16) + "…").orElse("No recorded text: this version rests on no"
                + " text the catalog ships."));
        recorded.setVisible(!d.isUsersVersion() || d.version().provenance().isPresent());
        unverified.setText(d.unverifiedNotice());
        unverified.setVisible(!d.unverifiedNotice().isEmpty());

        facts.getChildren().clear();
        if (!d.isUsersVersion()) {
            Label title = new Label("What the rules read");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            facts.getChildren().add(title);
            for (String line : d.factLines()) {
                Label l = new Label(line);
                l.setWrapText(true);
                facts.getChildren().add(l);
            }
        }
        facts.setVisible(!facts.getChildren().isEmpty());
        facts.setManaged(facts.isVisible());
        if (!d.version().notes().isEmpty()) {
            Label notes = new Label(d.version().notes());
            notes.setWrapText(true);
            notes.getStyleClass().add(Styles.TEXT_MUTED);
            facts.getChildren().add(notes);
            facts.setVisible(true);
            facts.setManaged(true);
        }
        clauses.show(d.version().clauses(), d.hasFullText(), d.isUsersVersion());
        fullText.show(d);
        textTab.setText(d.hasFullText() ? "Full text (" + d.highlights().size() + " highlighted)" : "Full text");
    }

    private void showClauseInText(int index) {
        if (shown == null) {
            return;
        }
        shown.highlightOfClause(index).ifPresent(h -> {
            tabs.getSelectionModel().select(textTab);
            fullText.reveal(h);
        });
    }
}
