package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Tag;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;

/**
 * The tag chooser opened with Ctrl+T on a selection: the whole tag vocabulary (number keys pick the
 * shortcut tags), an optional comment, Enter saves, Escape cancels.
 */
final class TagChooser {
    private final PopOver popOver = new PopOver();
    private final ListView<Tag> tags = new ListView<>();
    private final TextField comment = new TextField();

    /**
     * @param shortcuts the tags behind number keys 1-9
     * @param save      told the chosen tag and the comment
     */
    TagChooser(String passage, List<Tag> shortcuts, BiConsumer<Tag, String> save) {
        Label title = new Label("Tag “" + Excerpt.of(passage, 60) + "”");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        tags.setId("tag-chooser-list");
        tags.getItems().setAll(shortcuts);
        for (Tag t : Tag.values()) {
            if (!shortcuts.contains(t)) {
                tags.getItems().add(t);
            }
        }
        tags.setPrefHeight(230);
        tags.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Tag item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                int key = shortcuts.indexOf(item) + 1;
                setText((key > 0 ? key + "   " : "     ") + item.id());
                setGraphic(TagLegend.swatch(item));
            }
        });
        tags.getSelectionModel().select(0);
        comment.setId("tag-chooser-comment");
        comment.setPromptText("Comment (optional)");
        Label hint = new Label("Number keys pick a tag · Enter saves · Esc cancels");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, title, tags, comment, hint);
        box.setId("tag-chooser");
        box.setPadding(new Insets(12));
        box.setPrefWidth(340);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Tag tag = tags.getSelectionModel().getSelectedItem();
                popOver.hide();
                save.accept(tag, comment.getText().strip());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popOver.hide();
                e.consume();
            } else if (e.getTarget() == tags && e.getCode().isDigitKey() && !e.isShortcutDown()) {
                int n = Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText());
                if (n >= 1 && n <= shortcuts.size()) {
                    tags.getSelectionModel().select(shortcuts.get(n - 1));
                    tags.scrollTo(n - 1);
                }
                e.consume();
            }
        });
        popOver.setContentNode(box);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.setTitle("Tag the selection");
    }

    /** Shows the chooser below the selection, or above it when the selection is in the lower half of the screen. */
    void show(Window owner, javafx.geometry.Bounds selection) {
        boolean lower = selection.getMaxY() > owner.getY() + owner.getHeight() / 2;
        popOver.setArrowLocation(lower ? PopOver.ArrowLocation.BOTTOM_LEFT : PopOver.ArrowLocation.TOP_LEFT);
        popOver.show(owner, selection.getMinX() + 12, lower ? selection.getMinY() : selection.getMaxY());
        Platform.runLater(tags::requestFocus);
    }
}
