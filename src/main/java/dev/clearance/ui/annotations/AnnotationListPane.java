package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The annotations on the open version beside the text: filters by tag, author and status; click to jump. */
final class AnnotationListPane extends VBox {
    private final ListView<Annotation> list = new ListView<>();

    AnnotationListPane(AnnotationsViewModel model) {
        super(8);
        setId("annotation-list-pane");
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.annotations().size()
                        == model.annotationsOnVersion().size()
                        ? "Annotations on this version (" + model.annotations().size() + ")"
                        : "Showing " + model.annotations().size() + " of " + model.annotationsOnVersion().size()
                        + " annotations", model.annotations(), model.annotationsOnVersion()));

        ComboBox<Tag> tag = filter("filter-tag", FXCollections.observableArrayList(Arrays.asList(Tag.values())),
                model.tagFilterProperty(), Tag::id, "Any tag");
        ComboBox<String> own = filter("filter-own-tag", model.ownTags(), model.ownTagFilterProperty(), s -> s,
                "Any own tag");
        own.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(own, Priority.ALWAYS);
        TextField newTag = new TextField();
        newTag.setId("new-own-tag");
        newTag.setPromptText("New project tag");
        Button define = new Button("Add tag");
        define.setId("define-own-tag");
        define.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        define.setMinWidth(Region.USE_PREF_SIZE);
        Runnable defineIt = () -> {
            if (model.defineOwnTag(newTag.getText())) {
                newTag.clear();
            }
        };
        define.setOnAction(e -> defineIt.run());
        newTag.setOnAction(e -> defineIt.run());
        HBox.setHgrow(newTag, Priority.ALWAYS);
        ComboBox<String> author = filter("filter-author", model.creators(), model.creatorFilterProperty(), s -> s,
                "Anyone");
        ComboBox<AnchorStatus> status = filter("filter-status",
                FXCollections.observableArrayList(Arrays.asList(AnchorStatus.values())), model.statusFilterProperty(),
                AnchorStatus::id, "Any status");
        Button clear = new Button("Clear");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setOnAction(e -> {
            model.tagFilterProperty().set(null);
            model.ownTagFilterProperty().set(null);
            model.creatorFilterProperty().set(null);
            model.statusFilterProperty().set(null);
        });
        tag.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tag, Priority.ALWAYS);
        HBox.setHgrow(author, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.ALWAYS);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox byTag = new HBox(6, tag, clear);
        HBox byWhoAndStatus = new HBox(6, author, status);
        HBox byOwnTag = new HBox(6, own, newTag, define);
        VBox filters = new VBox(6, byTag, byOwnTag, byWhoAndStatus);

        list.setId("annotation-list");
        list.getStyleClass().add("annotation-list");
        list.setItems(model.annotations());
        list.setPlaceholder(placeholder(model));
        list.setCellFactory(l -> new AnnotationCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> sync(b));
        model.annotations().addListener((ListChangeListener<Annotation>) c -> sync(model.selectedProperty().get()));
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && model.selectedProperty().get() != null) {
                model.deleteSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, filters, list);
    }

    private void sync(Annotation selected) {
        if (selected == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != selected) {
            list.getSelectionModel().select(selected);
            list.scrollTo(selected);
        }
    }

    private static Label placeholder(AnnotationsViewModel model) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.textProperty().bind(Bindings.createStringBinding(() -> model.textProperty().get().isEmpty()
                ? "Annotations need a stored full text of the version."
                : model.annotationsOnVersion().isEmpty()
                ? "No annotations on this version yet. Select words in the text and press a number key to tag them."
                : "No annotation matches the filters.", model.annotationsOnVersion(), model.textProperty()));
        return l;
    }

    private static <T> ComboBox<T> filter(String id, ObservableList<T> values, ObjectProperty<T> property,
                                          Function<T, String> name, String any) {
        ObservableList<T> items = FXCollections.observableArrayList();
        Runnable fill = () -> {
            T keep = property.get();
            items.clear();
            items.add(null); // "any"
            items.addAll(values);
            property.set(keep);
        };
        values.addListener((ListChangeListener<T>) c -> fill.run());
        ComboBox<T> box = new ComboBox<>(items);
        fill.run();
        box.setId(id);
        box.getStyleClass().add(Styles.SMALL);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setPromptText(any);
        box.setButtonCell(new ChoiceCell<>(name, any)); // shows "any" for null, also after the items change
        box.setCellFactory(l -> new ChoiceCell<>(name, any));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A filter choice; null reads as "any". */
    private static final class ChoiceCell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final String any;

        ChoiceCell(Function<T, String> name, String any) {
            this.name = name;
            this.any = any;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? any : item == null ? any : name.apply(item));
        }
    }

    /** Tag, status and author on top, the passage below, the comment under it. */
    private static final class AnnotationCell extends ListCell<Annotation> {
        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            Label tag = new Label(a.tagValue().map(Tag::id).orElse("untagged"));
            tag.getStyleClass().addAll("annotation-tag", TagTone.of(a.tag()).styleClass());
            HBox head = new HBox(6, tag);
            head.setAlignment(Pos.CENTER_LEFT);
            for (String own : a.ownTags()) {
                Label o = new Label(own);
                o.getStyleClass().addAll("annotation-tag", "own-tag");
                head.getChildren().add(o);
            }
            if (a.status() != AnchorStatus.ANCHORED) {
                Label status = new Label(a.status().id());
                status.getStyleClass().addAll("anchor-status", "status-" + a.status().id());
                head.getChildren().add(status);
            }
            Label who = new Label(a.creator() + (a.links().isEmpty() ? "" : " · " + a.links().size()
                    + (a.links().size() == 1 ? " link" : " links")));
            who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            head.getChildren().add(who);
            Label passage = new Label("“" + Excerpt.of(a.exact(), 140) + "”");
            passage.setWrapText(true);
            passage.setMinHeight(Region.USE_PREF_SIZE);
            passage.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            passage.getStyleClass().add("annotation-passage");
            VBox box = new VBox(3, head, passage);
            if (!a.comment().isEmpty()) {
                Label comment = new Label(a.comment());
                comment.setWrapText(true);
                comment.setMinHeight(Region.USE_PREF_SIZE);
                comment.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                comment.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(comment);
            }
            setGraphic(box);
        }
    }
}
