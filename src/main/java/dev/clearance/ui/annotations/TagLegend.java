package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Tag;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Below the text: which number key tags the selection with which tag, and what the underline colours mean.
 */
final class TagLegend extends FlowPane {
    private final ObservableList<Tag> shortcuts;

    TagLegend(ObservableList<Tag> shortcuts) {
        super(10, 4);
        this.shortcuts = shortcuts;
        setId("tag-legend");
        getStyleClass().add("tag-legend");
        setAlignment(Pos.CENTER_LEFT);
        shortcuts.addListener((ListChangeListener<Tag>) c -> fill());
        fill();
    }

    private void fill() {
        Label how = new Label("Boxed words are what the catalog quotes. Select words, then press a number to tag them, or Ctrl+T"
                + " to choose a tag and comment:");
        how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().setAll(how);
        List<Tag> tags = List.copyOf(shortcuts);
        for (int i = 0; i < tags.size(); i++) {
            Label key = new Label(String.valueOf(i + 1));
            key.getStyleClass().add("key-cap");
            Label name = new Label(tags.get(i).id());
            name.getStyleClass().add(Styles.TEXT_SMALL);
            HBox entry = new HBox(4, key, swatch(tags.get(i)), name);
            entry.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(entry);
        }
    }

    /** A short bar in the tone colour of a tag, the same colour as its underline in the text. */
    static Region swatch(Tag tag) {
        Region r = new Region();
        r.getStyleClass().addAll("tone-swatch", TagTone.of(tag).styleClass());
        r.setMinSize(12, 4);
        r.setPrefSize(12, 4);
        r.setMaxSize(12, 4);
        return r;
    }
}
