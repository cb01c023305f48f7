package dev.clearance.ui.annotations;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Above the text, while any annotation of the project needs the reviewer: each one with the text they
 * annotated and the text it stands on now, and Confirm (moved, changed), Delete, or Show.
 */
final class ReviewBanner extends VBox {
    private final AnnotationsViewModel model;
    private final VBox items = new VBox(8);

    ReviewBanner(AnnotationsViewModel model) {
        super(6);
        this.model = model;
        setId("review-banner");
        getStyleClass().add("review-banner");
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.needingReview().size() == 1
                ? "1 annotation needs your review: a newer version moved, changed or removed its clause"
                : model.needingReview().size() + " annotations need your review: newer versions moved, changed or removed their clauses",
                model.needingReview()));
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        // Tall enough to read one item whole, never so tall that the text below disappears.
        items.heightProperty().addListener((o, a, h) -> scroll.setMinViewportHeight(Math.min(h.doubleValue(), 150)));
        scroll.setMaxHeight(190);
        scroll.getStyleClass().add("edge-to-edge");
        // The reviewer may fold the list away to read the text, but the count stays in view.
        Button fold = new Button("Hide");
        fold.setId("review-banner-fold");
        fold.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        fold.setOnAction(e -> {
            boolean hide = scroll.isVisible();
            scroll.setVisible(!hide);
            fold.setText(hide ? "Show" : "Hide");
        });
        scroll.managedProperty().bind(scroll.visibleProperty());
        HBox head = new HBox(8, title, new Spacer(), fold);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, scroll);
        visibleProperty().bind(Bindings.isNotEmpty(model.needingReview()));
        managedProperty().bind(visibleProperty());
        model.needingReview().addListener((ListChangeListener<ReviewItem>) c -> fill());
        fill();
    }

    private void fill() {
        items.getChildren().setAll(model.needingReview().stream().map(this::item).toList());
    }

    private VBox item(ReviewItem r) {
        Label headline = new Label(r.headline());
        headline.getStyleClass().addAll("anchor-status", "status-" + r.status().id());
        Label tag = new Label(r.annotation().tagValue().map(t -> t.id()).orElse("untagged"));
        tag.getStyleClass().addAll("annotation-tag", TagTone.of(r.annotation().tag()).styleClass());
        HBox head = new HBox(8, headline, tag);
        head.setAlignment(Pos.CENTER_LEFT);
        if (!r.annotation().comment().isEmpty()) {
            Label comment = new Label("Your note: " + Excerpt.of(r.annotation().comment(), 100));
            comment.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            head.getChildren().add(comment);
        }
        GridPane texts = new GridPane();
        texts.setHgap(10);
        texts.setVgap(2);
        texts.addRow(0, caption("You annotated (" + r.oldVersion() + ")"), caption("Now (" + r.newVersion() + ")"));
        Label now = r.newText().isEmpty() ? passage("The passage is gone; nothing in the new text is close enough to it.")
                : passage("“" + r.newText() + "”");
        texts.addRow(1, passage("“" + r.oldText() + "”"), now);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        texts.getColumnConstraints().setAll(half, half);
        HBox actions = new HBox(6);
        if (r.canConfirm()) {
            Button confirm = new Button("Confirm on the new text");
            confirm.setId("confirm-" + shortId(r));
            confirm.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
            confirm.setOnAction(e -> model.confirm(r));
            actions.getChildren().add(confirm);
        }
        Button delete = new Button("Delete");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        delete.setOnAction(e -> model.delete(r));
        actions.getChildren().add(delete);
        if (!r.newText().isEmpty()) {
            Button show = new Button("Show in text");
            show.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            show.setOnAction(e -> model.reveal(r.annotation()));
            actions.getChildren().add(show);
        }
        VBox box = new VBox(4, head, texts, actions);
        box.getStyleClass().add("review-item");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static String shortId(ReviewItem r) {
        return r.annotation().id().substring("urn:uuid:".length());
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static Label passage(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("review-passage");
        return l;
    }
}
