package dev.clearance.ui.review;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.domain.review.ReviewState;
import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Review &amp; Export area: the current revision and where it stands, what is missing before sign-off,
 * the unknown findings to acknowledge, the sign-offs, and the package export ("Sign-off" tab); the
 * project's audit trail ("History" tab).
 */
public final class ReviewView extends VBox {
    private final ReviewViewModel model;
    private final Consumer<String> status;

    /**
     * @param openChecklist switches to the Checklist area, where the missing answers are given
     * @param status        shows a sentence in the window's status bar
     */
    public ReviewView(ReviewViewModel model, Runnable openChecklist, Consumer<String> status) {
        this.model = model;
        this.status = status;
        setId("review-view");
        setPadding(new Insets(12, 16, 12, 16));
        Tab signOff = new Tab("Sign-off", signOffPane(openChecklist));
        signOff.setId("review-signoff-tab");
        Tab history = new Tab("History", new AuditTrailTable(model.history()));
        history.setId("review-history-tab");
        history.textProperty().bind(Bindings.createStringBinding(
                () -> "History (" + model.history().size() + ")", model.history()));
        TabPane tabs = new TabPane(signOff, history);
        tabs.setId("review-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
        model.noticeProperty().addListener((o, a, sentence) -> {
            if (!sentence.isEmpty()) {
                status.accept(sentence);
            }
        });
        model.exportedProperty().addListener((o, a, sentence) -> {
            if (!sentence.isEmpty()) {
                status.accept(sentence);
            }
        });
        model.keystoreWarningProperty().addListener((o, a, warning) -> {
            if (!warning.isEmpty() && !warning.equals(a)) {
                status.accept(warning);
            }
        });
    }

    private Node signOffPane(Runnable openChecklist) {
        VBox content = new VBox(16, revisionBar(), messages(), staleChanges(), readiness(openChecklist),
                new UnknownFindingsList(model), signOffs());
        content.setPadding(new Insets(12, 4, 12, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("review-scroll");
        return scroll;
    }

    private Region revisionBar() {
        Label revision = new Label();
        revision.setId("review-revision");
        revision.getStyleClass().add(Styles.TITLE_3);
        revision.textProperty().bind(Bindings.createStringBinding(
                () -> model.stateProperty().get() == null ? "Reading the review…" : "Revision " + model.revisionProperty().get(),
                model.revisionProperty(), model.stateProperty()));
        Label state = new Label();
        state.setId("review-state");
        state.getStyleClass().add("review-state");
        model.stateProperty().addListener((o, before, s) -> showState(state, s));
        showState(state, model.stateProperty().get());

        Button signOff = new Button("Sign off…");
        signOff.setId("review-sign-off");
        signOff.getStyleClass().add(Styles.ACCENT);
        signOff.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == null || model.stateProperty().get() == ReviewState.DRAFT,
                model.stateProperty())));
        signOff.setOnAction(e -> new SignOffDialog(getScene().getWindow(), model).showAndWait());
        Button export = new Button("Export package…");
        export.setId("review-export");
        export.disableProperty().bind(model.busyProperty().or(model.stateProperty().isNull()));
        export.setOnAction(e -> export());
        Label meaning = new Label();
        meaning.setId("review-state-meaning");
        meaning.setWrapText(true);
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        meaning.textProperty().bind(Bindings.createStringBinding(() -> meaning(model.stateProperty().get()),
                model.stateProperty()));
        Button openReport = new Button("Open report.pdf");
        openReport.setId("review-open-report");
        openReport.setTooltip(new javafx.scene.control.Tooltip("Opens the report of the package just exported in the system's PDF viewer"));
        openReport.visibleProperty().bind(model.exportedPackageProperty().isNotNull());
        openReport.managedProperty().bind(openReport.visibleProperty());
        openReport.disableProperty().bind(model.busyProperty());
        openReport.setOnAction(e -> model.openReport());
        HBox bar = new HBox(12, revision, state, new Spacer(), signOff, export, openReport);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, meaning);
    }

    /** What the state means for the reviewer, and what comes next. */
    private static String meaning(ReviewState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case DRAFT -> "Sign-off opens once nothing below is missing. A draft can be exported, unsigned.";
            case READY -> "Every required question has a reviewer's answer and every unknown finding is acknowledged.";
            case SIGNED_OFF -> "The reviewed content is frozen. Further reviewers (e.g. the founder) sign off the same revision.";
            case STALE -> "Terms or conclusions this sign-off relied on changed since. Signing off again opens a new revision.";
        };
    }

    private static void showState(Label label, ReviewState state) {
        label.getStyleClass().removeIf(c -> c.startsWith("review-state-"));
        label.setText(state == null ? "" : state.label());
        if (state != null) {
            label.getStyleClass().add("review-state-" + state.id());
        }
    }

    private Region messages() {
        Label problem = new Label();
        problem.setId("review-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("review-problem");
        problem.textProperty().bind(model.problemProperty());
        Label exported = new Label();
        exported.setId("review-exported");
        exported.setWrapText(true);
        exported.getStyleClass().add("review-done");
        exported.textProperty().bind(model.exportedProperty());
        VBox box = new VBox(6, problem, exported);
        for (Label l : new Label[] {problem, exported}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        return box;
    }

    private Region staleChanges() {
        Label title = new Label("Re-review needed: the terms or conclusions this sign-off relied on changed");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox list = new VBox(4);
        list.setId("review-stale-changes");
        Runnable fill = () -> list.getChildren().setAll(model.staleChanges().stream().map(c -> {
            Label l = new Label("• " + c);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        model.staleChanges().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        Label next = new Label("Signing off again opens a new revision that must be ready first.");
        next.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(6, title, list, next);
        box.getStyleClass().addAll("review-section", "review-stale");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.staleChanges()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Region readiness(Runnable openChecklist) {
        Label title = new Label("Missing before sign-off");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Answer these questions in the Checklist area; acknowledge unknown findings below.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button toChecklist = new Button("Go to the Checklist");
        toChecklist.setId("review-open-checklist");
        toChecklist.getStyleClass().add(Styles.FLAT);
        toChecklist.setOnAction(e -> openChecklist.run());
        VBox groups = new VBox(4);
        groups.setId("review-missing");
        Runnable fill = () -> groups.getChildren().setAll(model.missing().stream().map(ReviewView::missingGroup).toList());
        model.missing().addListener((javafx.collections.ListChangeListener<ReviewViewModel.MissingGroup>) c -> fill.run());
        fill.run();
        HBox head = new HBox(12, title, new Spacer(), toChecklist);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, hint, groups);
        box.getStyleClass().addAll("review-section", "review-missing");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.missing()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One walk's missing answers, collapsed (a walk can miss twenty): the title says how many. */
    private static Node missingGroup(ReviewViewModel.MissingGroup group) {
        VBox items = new VBox(3);
        for (String item : group.items()) {
            Label l = new Label("• " + item);
            l.setWrapText(true);
            items.getChildren().add(l);
        }
        TitledPane pane = new TitledPane(group.walk() + " · " + group.items().size() + " missing", items);
        pane.setExpanded(false);
        pane.getStyleClass().add("review-walk");
        return pane;
    }

    private Region signOffs() {
        Label title = new Label("Sign-offs on this revision");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, new SignOffTable(model.signOffs()));
        box.getStyleClass().add("review-section");
        return box;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export review package");
        chooser.setInitialFileName(model.project().name().replaceAll("[^A-Za-z0-9._-]+", "-")
                + "-review-r" + model.revisionProperty().get() + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Review package (zip)", "*.zip"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        char[] passphrase = null;
        if (model.exportNeedsPassphrase()) {
            Optional<char[]> given = PassphraseDialog.ask(getScene().getWindow(),
                    "The package is signed with each reviewer's key. Enter the keystore passphrase.");
            if (given.isEmpty()) {
                return;
            }
            passphrase = given.get();
        }
        status.accept("Exporting the review package to " + file + "…");
        model.export(file.toPath(), passphrase);
    }
}
