package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The selected document: title, channel, source link with the reminder to check the live text, the version
 * timeline (newest first; choose two to compare) and the selected version's detail.
 */
final class DocumentPane extends StackPane {
    private final TermsViewModel model;
    private final Consumer<String> status;
    private final Label title = new Label();
    private final HBox facts = new HBox(8);
    private final Hyperlink source = new Hyperlink();
    private final Label notes = new Label();
    private final Label reminder;
    private static final int NOTES_SHOWN = 260;
    private final ListView<TermsVersion> timeline = new ListView<>();
    private final DiffPane diffPane;
    private final VBox content;
    private final Label empty = new Label("Choose a document on the left to see its versions and clauses.");

    DocumentPane(TermsViewModel model, Consumer<String> status) {
        this.model = model;
        this.status = status;
        setId("document-pane");
        diffPane = new DiffPane(model);

        title.setId("document-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        facts.setAlignment(Pos.CENTER_LEFT);
        source.setId("document-source");
        source.setOnAction(e -> openSource());
        reminder = new Label();
        reminder.setId("live-text-reminder");
        reminder.setWrapText(true);
        reminder.getStyleClass().add("live-text-reminder");
        Label sourceLabel = new Label("Source");
        sourceLabel.getStyleClass().add(Styles.TEXT_MUTED);
        sourceLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox sourceRow = new HBox(4, sourceLabel, source);
        sourceRow.setAlignment(Pos.CENTER_LEFT);
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        reminder.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        notes.getStyleClass().add(Styles.TEXT_MUTED);
        notes.managedProperty().bind(notes.visibleProperty());
        VBox header = new VBox(4, title, facts, sourceRow, reminder, notes);
        header.setPadding(new Insets(0, 0, 10, 0));

        SplitPane body = new SplitPane(timelinePane(), new VersionDetailPane(model, diffPane));
        body.setDividerPositions(0.2);
        VBox.setVgrow(body, Priority.ALWAYS);
        content = new VBox(header, body);
        content.setPadding(new Insets(0, 0, 0, 8));

        empty.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        empty.setPadding(new Insets(8));
        getChildren().addAll(empty, content);
        model.selectedDocumentProperty().addListener((o, a, d) -> show(d));
        show(model.selectedDocumentProperty().get());
    }

    private VBox timelinePane() {
        Label heading = new Label("Versions");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        timeline.setId("version-timeline");
        timeline.setItems(model.versions());
        timeline.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        timeline.setCellFactory(l -> new VersionCell());
        model.versionsWithText().addListener((javafx.collections.SetChangeListener<TermsRef>) c -> timeline.refresh());
        timeline.setPlaceholder(new Label("No versions"));
        timeline.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                model.selectedVersionProperty().set(v);
            }
        });
        model.selectedVersionProperty().addListener((o, a, v) -> {
            if (v != null && !timeline.getSelectionModel().getSelectedItems().contains(v)) {
                timeline.getSelectionModel().clearAndSelect(model.versions().indexOf(v));
            }
        });
        Button compare = new Button("Compare selected");
        compare.setId("compare-selected");
        compare.setTooltip(new Tooltip("Select two versions (Ctrl+click or Shift+arrow) and compare them"));
        compare.setMaxWidth(Double.MAX_VALUE);
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(timeline.getSelectionModel()
                .getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> compareSelected());
        Label hint = new Label("Select two to compare");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox pane = new VBox(6, heading, timeline, compare, hint);
        pane.setMinWidth(170);
        pane.setPadding(new Insets(0, 8, 0, 0));
        return pane;
    }

    private void compareSelected() {
        List<TermsVersion> two = List.copyOf(timeline.getSelectionModel().getSelectedItems());
        if (two.size() == 2) {
            TermsVersion a = two.get(0);
            TermsVersion b = two.get(1);
            boolean aFirst = a.effectiveOn().isBefore(b.effectiveOn());
            diffPane.choose(aFirst ? a : b, aFirst ? b : a);
            model.compare(a, b);
        }
    }

    /** Moves the keyboard focus to the version timeline (Enter on a document). */
    void focusTimeline() {
        timeline.requestFocus();
        if (timeline.getSelectionModel().isEmpty() && !model.versions().isEmpty()) {
            timeline.getSelectionModel().select(0);
        }
    }

    private void show(TermsDocument d) {
        content.setVisible(d != null);
        empty.setVisible(d == null);
        if (d == null) {
            return;
        }
        title.setText(d.title());
        Label id = new Label(d.id());
        id.getStyleClass().addAll("terms-ref", Styles.TEXT_MUTED);
        facts.getChildren().setAll(Badges.channel(d.channel()));
        if (d.origin() == DocumentOrigin.USER) {
            facts.getChildren().add(Badges.yours());
        }
        boolean own = d.origin() == DocumentOrigin.USER;
        facts.getChildren().add(new Label(!d.provider().isEmpty() ? ProviderGroup.label(d.provider())
                : own ? "provider not given" : "standard licence, no provider"));
        if (!d.region().isEmpty()) {
            facts.getChildren().add(new Label("region " + d.region()));
        }
        if (!d.title().equals(d.id())) {
            facts.getChildren().add(id);
        }
        reminder.setText(own ? "The clauses were detected automatically in the text you added and nobody has"
                + " reviewed them: read them in the full text, and check the live text if the terms may have changed."
                : "The clauses are our paraphrases and terms change: check the live text before relying on them.");
        source.setText(d.sourceUrl().isEmpty() ? "no address recorded" : d.sourceUrl());
        source.setDisable(d.sourceUrl().isEmpty());
        // Long catalog notes are shortened here so the versions keep their room; the tooltip holds all of it.
        boolean longNotes = d.notes().length() > NOTES_SHOWN;
        int cut = d.notes().lastIndexOf(' ', NOTES_SHOWN);
        notes.setText(longNotes ? d.notes().substring(0, cut > 0 ? cut : NOTES_SHOWN) + " … (more on hover)" : d.notes());
        notes.setTooltip(longNotes ? new Tooltip(d.notes()) : null);
        if (notes.getTooltip() != null) {
            notes.getTooltip().setWrapText(true);
            notes.getTooltip().setMaxWidth(600);
        }
        notes.setVisible(!d.notes().isEmpty());
    }

    /** Opens the live text in the browser; without one (headless), copies the address instead. */
    private void openSource() {
        String url = model.liveTextAddress();
        if (url.isEmpty()) {
            return;
        }
        if (!model.openInBrowser(url)) {
            ClipboardContent c = new ClipboardContent();
            c.putString(url);
            Clipboard.getSystemClipboard().setContent(c);
            status.accept("Copied " + url + " to the clipboard: no browser is available to open it");
        }
    }

    /** A version on the timeline: its date, until when, confidence, and whether the user added it. */
    private final class VersionCell extends ListCell<TermsVersion> {
        @Override
        protected void updateItem(TermsVersion v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            if (empty || v == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Label date = new Label(v.effectiveOn().toString());
            date.getStyleClass().addAll(Styles.TEXT_BOLD, "terms-ref");
            Label until = new Label(v.inForceUntil() == null ? "current" : "until " + v.inForceUntil());
            until.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox badges = new HBox(4, Badges.confidence(v.confidence()));
            if (v.notes().startsWith("Added by a user")) {
                badges.getChildren().add(Badges.yours());
            }
            if (model.versionsWithText().contains(v.ref())) {
                badges.getChildren().add(Badges.fullText());
            }
            setGraphic(new VBox(2, date, until, badges));
            setId("version-" + v.effectiveOn());
        }
    }
}
