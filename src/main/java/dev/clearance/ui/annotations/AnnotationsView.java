package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Tag;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The annotations area: a version chooser, the version's text with the annotations highlighted (or the
 * catalog's clauses when no full text is stored), and beside it the annotations list and the editor; above,
 * the annotations whose clause changed in a newer version.
 * Keys in the text: 1-9 tag the selection, Ctrl+T opens the tag chooser, Delete removes the selected annotation,
 * Escape unselects it.
 */
public final class AnnotationsView extends VBox {
    private final AnnotationsViewModel model;
    private final ClauseTextViewer viewer = new ClauseTextViewer();
    private final Consumer<String> status;
    private boolean pickingInText;

    /**
     * @param status shows a sentence in the window's status bar
     */
    public AnnotationsView(AnnotationsViewModel model, Consumer<String> status) {
        super(10);
        this.model = model;
        this.status = status;
        setId("annotations-view");
        setPadding(new Insets(12, 16, 12, 16));
        model.setOnNotice(status);

        CatalogClausesPane catalog = new CatalogClausesPane(model);
        VBox textColumn = new VBox(6, viewer, new TagLegend(model.shortcutTags()));
        VBox.setVgrow(viewer, Priority.ALWAYS);
        textColumn.visibleProperty().bind(model.textProperty().isNotEmpty());
        catalog.visibleProperty().bind(model.textProperty().isEmpty().and(model.versionProperty().isNotNull())
                .and(model.loadingProperty().not()));
        StackPane centre = new StackPane(textColumn, catalog, emptyState(), loading());

        ScrollPane editor = new ScrollPane(new AnnotationEditor(model));
        editor.setFitToWidth(true);
        editor.getStyleClass().add("edge-to-edge");
        SplitPane side = new SplitPane(new AnnotationListPane(model), editor);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.5);
        // The editor's preferred height would otherwise squeeze the list on first layout.
        side.heightProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number a, Number h) {
                if (h.doubleValue() > 0) {
                    side.setDividerPositions(0.5);
                    side.heightProperty().removeListener(this);
                }
            }
        });
        side.setMinWidth(300);
        side.getStyleClass().add("annotations-side");
        SplitPane split = new SplitPane(centre, side);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(versionBar(), new ReviewBanner(model), split);
        bindViewer();
        model.load();
    }

    private Region versionBar() {
        ComboBox<VersionChoice> versions = new ComboBox<>(model.versions());
        versions.setId("version-chooser");
        versions.setPrefWidth(460);
        versions.setPromptText("Choose a terms version");
        versions.setVisibleRowCount(14);
        versions.setCellFactory(l -> {
            VersionCell cell = new VersionCell();
            cell.setPrefWidth(560); // long document titles are cut, not spread beyond the window
            return cell;
        });
        versions.setButtonCell(new VersionCell());
        versions.valueProperty().bindBidirectional(model.versionProperty());
        Label label = new Label("Terms version");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Label note = new Label("Saved as you annotate.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(10, label, versions, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Region emptyState() {
        Label l = new Label("No terms version has a stored full text yet. Add one in the Terms area (Add from file…), "
                + "or with: clearance terms add FILE --document ID --version YYYY-MM-DD");
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.visibleProperty().bind(model.versionProperty().isNull().and(model.loadingProperty().not()));
        StackPane.setAlignment(l, Pos.TOP_LEFT);
        return l;
    }

    private Region loading() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(40, 40);
        p.visibleProperty().bind(model.loadingProperty());
        return p;
    }

    private void bindViewer() {
        model.textProperty().addListener((o, a, text) -> {
            viewer.show(text);
            rehighlight();
        });
        model.annotations().addListener((ListChangeListener<Object>) c -> rehighlight());
        model.selectedProperty().addListener((o, a, selected) -> {
            rehighlight();
            if (selected != null && !pickingInText) {
                model.spanOf(selected).ifPresent(s -> viewer.reveal(s.start()));
            }
        });
        viewer.setOnClickAt(at -> {
            List<dev.clearance.domain.annotation.Annotation> here = model.annotationsAt(at);
            pickingInText = true; // the passage is under the mouse: do not scroll it away
            model.selectedProperty().set(here.isEmpty() ? null : here.get(0));
            pickingInText = false;
        });
        viewer.area().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void rehighlight() {
        viewer.highlight(model.highlights(), model.catalogQuotes());
    }

    private void onKey(KeyEvent e) {
        IndexRange sel = viewer.selection();
        if (e.getCode() == KeyCode.T && e.isShortcutDown() && !e.isShiftDown()) {
            openTagChooser(sel);
            e.consume();
        } else if (e.getCode().isDigitKey() && !e.isShortcutDown() && !e.isAltDown() && sel.getLength() > 0) {
            int n = e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode());
            List<Tag> tags = model.shortcutTags();
            if (n >= 1 && n <= tags.size()) {
                annotate(sel, tags.get(n - 1), "");
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                && model.selectedProperty().get() != null) {
            model.deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model.selectedProperty().get() != null) {
            pickingInText = true;
            model.selectedProperty().set(null);
            pickingInText = false;
            e.consume();
        }
    }

    private void openTagChooser(IndexRange sel) {
        if (sel.getLength() == 0) {
            status.accept("Select the words to annotate first, then press Ctrl+T.");
            return;
        }
        String passage = model.quoteOf(sel.getStart(), sel.getEnd());
        TagChooser chooser = new TagChooser(passage, List.copyOf(model.shortcutTags()),
                (tag, comment) -> annotate(sel, tag, comment));
        Bounds b = viewer.area().getSelectionBounds().orElse(viewer.area().localToScreen(viewer.area().getBoundsInLocal()));
        chooser.show(getScene().getWindow(), b);
    }

    private void annotate(IndexRange sel, Tag tag, String comment) {
        pickingInText = true; // the reviewer is reading here: the new annotation is selected without scrolling
        model.create(sel.getStart(), sel.getEnd(), tag, comment).ifPresent(a -> viewer.area().deselect());
        pickingInText = false;
        viewer.area().requestFocus();
    }

    /** "OpenAI Terms of Use · 2023-11-14 · full text", or that only the catalog's clauses are there. */
    private static final class VersionCell extends ListCell<VersionChoice> {
        @Override
        protected void updateItem(VersionChoice v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                return;
            }
            setText(v.label() + (!v.hasFullText() ? " · catalog clauses only" : v.shippedText() ? " · recorded text"
                    : " · your text") + (v.annotationCount() == 0 ? "" : " · " + v.annotationCount() + " annotated"));
        }
    }
}
