package dev.clearance.ui.checklist;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.checklist.Walk;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Checklist area: progress and mode on top, the walks and their sections on the left, the current
 * question in the middle with Back / Next below. Keys: Alt+Left / Alt+Right or Ctrl+[ / Ctrl+] move,
 * Ctrl+Enter confirms, 1-4 answer yes / no / unsure / n.a. while the answer has focus.
 */
public final class ChecklistView extends BorderPane {
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private static final KeyCombination BACK_BRACKET = new KeyCodeCombination(KeyCode.OPEN_BRACKET,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_BRACKET = new KeyCodeCombination(KeyCode.CLOSE_BRACKET,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ChecklistViewModel model;
    private final WalkViewModel walk;
    private final QuestionCard card;

    public ChecklistView(ChecklistViewModel model) {
        this.model = model;
        this.walk = model.walk();
        this.card = new QuestionCard(walk);
        setId("checklist-view");
        getStyleClass().add("checklist-view");
        setTop(topBar());
        setLeft(new WalkSidebar(model));
        setCenter(centre());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // Arriving in the area (Ctrl+3 or the navigation) puts the keyboard on the answer, so 1-4 and Ctrl+Enter
        // work; leaving it (another area, closing the project) saves the comment being written.
        sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                Platform.runLater(card::focusAnswer);
            } else {
                walk.saveComment();
            }
        });
        // The walks are read in the background: when the first question arrives after the area was
        // entered, it takes the keyboard then.
        walk.openProperty().addListener((o, wasOpen, open) -> {
            if (open && getScene() != null) {
                Platform.runLater(card::focusAnswer);
            }
        });
    }

    private Node topBar() {
        Label walkTitle = new Label();
        walkTitle.setId("walk-title");
        walkTitle.getStyleClass().add(Styles.TEXT_BOLD);
        walkTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().title(),
                model.selectedProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("walk-progress");
        bar.progressProperty().bind(walk.progressProperty());
        bar.setPrefWidth(150);
        bar.setMinWidth(120);
        Label progress = new Label();
        progress.setId("walk-progress-text");
        progress.textProperty().bind(walk.progressTextProperty());
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        ToggleGroup modes = new ToggleGroup();
        ToggleButton self = modeButton("Self-assessment", "mode-self", Walk.Mode.SELF_ASSESSMENT, modes,
                "Plain-language hints and examples; flags when to ask a lawyer");
        self.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton counsel = modeButton("Counsel review", "mode-counsel", Walk.Mode.COUNSEL_REVIEW, modes,
                "Compact: the cited clauses first, then the question");
        counsel.getStyleClass().add(Styles.RIGHT_PILL);
        modes.selectToggle(model.modeProperty().get() == Walk.Mode.COUNSEL_REVIEW ? counsel : self);
        modes.selectedToggleProperty().addListener((o, before, t) -> {
            if (t == null) {
                modes.selectToggle(before); // one mode is always on
            } else {
                model.modeProperty().set((Walk.Mode) t.getUserData());
            }
        });
        model.modeProperty().addListener((o, a, m) -> modes.selectToggle(m == Walk.Mode.COUNSEL_REVIEW ? counsel : self));

        for (ToggleButton b : new ToggleButton[] {self, counsel}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        walkTitle.setWrapText(true);
        walkTitle.setMinWidth(120);
        walkTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(walkTitle, Priority.ALWAYS);
        walkTitle.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, walkTitle, bar, progress, new Spacer(8), new HBox(self, counsel));
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("checklist-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        // What the terms resolution warned about (no collection date, unverified catalog entries) stays in view.
        Label warnings = new Label();
        warnings.setId("walk-warnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().addAll(Styles.TEXT_SMALL, "walk-warnings");
        warnings.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : String.join("\n", model.selectedProperty().get().warnings()), model.selectedProperty()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        VBox top = new VBox(4, row, warnings, status);
        top.setPadding(new Insets(8, 16, 8, 16));
        top.getStyleClass().add("checklist-top");
        return top;
    }

    private static ToggleButton modeButton(String text, String id, Walk.Mode mode, ToggleGroup group, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(mode);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private Node centre() {
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("question-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button back = new Button("‹ Back");
        back.setId("walk-back");
        back.setTooltip(new Tooltip("Previous question (Alt+Left or Ctrl+[)"));
        back.disableProperty().bind(walk.canBackProperty().not());
        back.setOnAction(e -> move(walk::back));
        Button next = new Button("Next ›");
        next.setId("walk-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setTooltip(new Tooltip("Next question (Alt+Right or Ctrl+])"));
        next.disableProperty().bind(walk.canNextProperty().not());
        next.setOnAction(e -> move(walk::next));
        Label keys = new Label("Alt+← / Alt+→ move · Ctrl+Enter confirms · 1–4 answer yes / no / unsure / n.a.");
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox nav = new HBox(10, back, new Spacer(), keys, new Spacer(), next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(10, 16, 10, 16));
        nav.getStyleClass().add("walk-nav");

        VBox walkPane = new VBox(scroll, nav);
        walkPane.visibleProperty().bind(walk.openProperty());
        VBox empty = emptyState();
        empty.visibleProperty().bind(walk.openProperty().not().and(model.loadingProperty().not()));
        Label reading = new Label("Reading the walks and the terms that govern each dataset…");
        reading.getStyleClass().add(Styles.TEXT_MUTED);
        reading.setPadding(new Insets(40));
        StackPane.setAlignment(reading, Pos.TOP_LEFT);
        reading.visibleProperty().bind(walk.openProperty().not().and(model.loadingProperty()));
        return new StackPane(walkPane, empty, reading);
    }

    private static VBox emptyState() {
        Label title = new Label("Nothing to walk through");
        title.getStyleClass().add(Styles.TITLE_3);
        Label what = new Label("This project has no model-generated datasets. A walk opens for each source channel "
                + "and terms version once the inventory lists synthetic or mixed data with its generator model. "
                + "Data made by people is judged on its licence under Findings.");
        what.setWrapText(true);
        what.setMaxWidth(560);
        VBox box = new VBox(10, title, what);
        box.setId("checklist-empty");
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** Saves a typed answer first (a change may ask for a reason); stays put when the reviewer cancels. */
    private void move(Runnable step) {
        if (card.commitPending()) {
            step.run();
            card.focusAnswer();
        }
    }

    private void keys(KeyEvent e) {
        if (!walk.openProperty().get()) {
            return;
        }
        if (BACK.match(e) || BACK_BRACKET.match(e)) {
            if (walk.canBackProperty().get()) {
                move(walk::back);
            }
        } else if (NEXT.match(e) || NEXT_BRACKET.match(e)) {
            if (walk.canNextProperty().get()) {
                move(walk::next);
            }
        } else if (CONFIRM.match(e)) {
            card.confirmOrSave();
        } else {
            return;
        }
        e.consume();
    }
}
