package dev.clearance.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Tag;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A version without a stored full text: annotations anchor only in stored texts, so this says how to add one
 * and lists the catalog's paraphrased clauses read-only.
 */
final class CatalogClausesPane extends ScrollPane {
    private final AnnotationsViewModel model;
    private final VBox clauses = new VBox(10);

    CatalogClausesPane(AnnotationsViewModel model) {
        this.model = model;
        setId("catalog-clauses");
        setFitToWidth(true);
        Label need = new Label("Add the full text of this version (Terms area → Add from file…) to annotate it.");
        need.setId("needs-full-text");
        need.setWrapText(true);
        need.getStyleClass().addAll(Styles.TITLE_4);
        Label why = new Label("Annotations are evidence: they point at the exact words of a text you stored, so that "
                + "they can be checked and carried into newer versions. Below is Clearance's paraphrase of the clauses "
                + "that matter for output use, for reading only.");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(12, need, why, clauses);
        content.setPadding(new Insets(16));
        setContent(content);
        model.catalogClauses().addListener((ListChangeListener<AnnotationsViewModel.CatalogClause>) c -> fill());
        fill();
    }

    private void fill() {
        clauses.getChildren().setAll(model.catalogClauses().stream().map(c -> {
            String section = (c.section().isEmpty() ? "" : "§" + c.section() + " ") + c.heading();
            Label head = new Label(section.isBlank() ? "Clause" : section.strip());
            head.getStyleClass().add(Styles.TEXT_BOLD);
            Label text = new Label(c.paraphrase());
            text.setWrapText(true);
            Label tags = new Label(c.tags().stream().map(Tag::id).collect(Collectors.joining(" · ")));
            tags.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(3, head, text, tags);
            box.getStyleClass().add("catalog-clause");
            return box;
        }).toList());
    }
}
