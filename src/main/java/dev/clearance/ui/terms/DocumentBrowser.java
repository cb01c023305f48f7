package dev.clearance.ui.terms;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.controls.Spacer;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.TermsDocument;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The left side of the browser: the filter, and the documents grouped by provider with channel badges. */
final class DocumentBrowser extends VBox {
    private final TermsViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final Label noMatch = new Label();
    private boolean rebuilding;

    /**
     * @param addVersion opens the add-from-file dialog
     * @param opened     called when the user presses Enter on a document (focus moves to its versions)
     */
    DocumentBrowser(TermsViewModel model, Runnable addVersion, Runnable opened) {
        super(8);
        this.model = model;
        setId("terms-browser");
        setPadding(new Insets(0, 8, 0, 0));
        setMinWidth(260);

        filter.setId("terms-filter");
        filter.setPromptText("Filter documents (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button add = new Button("Add from file…");
        add.setId("add-terms-version");
        add.setTooltip(new Tooltip("Add a new version of a document, or a document of your own (an agreement you"
                + " negotiated), from a .txt, .md, .html or .pdf file"));
        add.setOnAction(e -> addVersion.run());
        add.setMinWidth(Button.USE_PREF_SIZE);
        filter.setMaxWidth(Double.MAX_VALUE);

        tree.setId("terms-documents");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new DocumentCell());
        tree.widthProperty().addListener((o, a, w) -> tree.refresh());
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        // Down from the filter goes to the list; Enter there opens the first matching document.
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty() || e.getCode() == KeyCode.ENTER) {
                    firstDocument().ifPresent(item -> tree.getSelectionModel().select(item));
                }
                if (e.getCode() == KeyCode.ENTER && !tree.getSelectionModel().isEmpty()) {
                    opened.run();
                }
                e.consume();
            }
        });
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.setWrapText(true);
        noMatch.setPadding(new Insets(12));
        StackPane.setAlignment(noMatch, Pos.TOP_LEFT);
        StackPane treeArea = new StackPane(tree, noMatch);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        model.groups().addListener((javafx.collections.ListChangeListener<ProviderGroup>) c -> rebuild());
        // An empty result that stays empty changes no group, but the sentence must follow the typing.
        model.filterProperty().addListener((o, a, b) -> describeMatches());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding && item != null && item.getValue() instanceof TermsDocument doc) {
                model.selectedDocumentProperty().set(doc);
            }
        });
        model.selectedDocumentProperty().addListener((o, a, doc) -> selectInTree(doc));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
                if (item != null && item.getValue() instanceof ProviderGroup) {
                    item.setExpanded(!item.isExpanded());
                } else if (item != null) {
                    opened.run();
                }
                e.consume();
            }
        });
        HBox bottom = new HBox(6, count, new Spacer(), add);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(filter, treeArea, bottom);
        rebuild();
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void rebuild() {
        rebuilding = true;
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (ProviderGroup g : model.groups()) {
            TreeItem<Object> group = new TreeItem<>(g);
            group.setExpanded(true);
            g.documents().forEach(d -> group.getChildren().add(new TreeItem<>(d)));
            root.getChildren().add(group);
        }
        rebuilding = false;
        describeMatches();
        selectInTree(model.selectedDocumentProperty().get());
    }

    private void describeMatches() {
        count.setText(model.documentCount());
        noMatch.setText("No document matches \u201C" + model.filterProperty().get() + "\u201D. Search by title, id,"
                + " provider or channel, or clear the filter.");
        noMatch.setVisible(model.groups().isEmpty());
    }

    private java.util.Optional<TreeItem<Object>> firstDocument() {
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).findFirst();
    }

    private void selectInTree(TermsDocument doc) {
        if (doc == null) {
            return;
        }
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue() instanceof TermsDocument d && d.id().equals(doc.id())) {
                    if (tree.getSelectionModel().getSelectedItem() != item) {
                        rebuilding = true;
                        tree.getSelectionModel().select(item);
                        rebuilding = false;
                        int row = tree.getRow(item);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                    }
                    return;
                }
            }
        }
    }

    /** A provider heading with its count, or a document with its channel badge. */
    private final class DocumentCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setTooltip(null);
            getStyleClass().remove("provider-cell");
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof ProviderGroup g) {
                Label name = new Label(g.label());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label n = new Label(String.valueOf(g.documents().size()));
                n.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                HBox box = new HBox(6, name, n);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                getStyleClass().add("provider-cell");
            } else if (item instanceof TermsDocument d) {
                Label title = new Label(d.title());
                title.setMinWidth(0);
                HBox box = new HBox(6, title, new Spacer());
                if (d.channel() != null) {
                    box.getChildren().add(Badges.channel(d.channel()));
                }
                if (d.origin() == DocumentOrigin.USER) {
                    box.getChildren().add(2, Badges.yours());
                }
                // As wide as the tree minus the indent and scroll bar: long titles end in "…", badges stay in view.
                box.setPrefWidth(Math.max(120, tree.getWidth() - 64));
                box.setMaxWidth(box.getPrefWidth());
                box.setAlignment(Pos.CENTER_LEFT);
                box.setId("document-" + d.id());
                setGraphic(box);
                setTooltip(new Tooltip(d.title() + "\n" + d.id() + (d.region().isEmpty() ? "" : " · region " + d.region())));
            }
        }
    }
}
