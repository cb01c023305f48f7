package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Tag;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The clauses of a version as cards: section and heading, tags, confidence, our paraphrase and the key phrase. */
final class ClauseList extends VBox {
    private final IntConsumer showInText;

    /** @param showInText scrolls the full text to the clause with this index (for versions with a text) */
    ClauseList(IntConsumer showInText) {
        super(8);
        this.showInText = showInText;
        setId("clause-list");
        setPadding(new Insets(4, 2, 8, 0));
    }

    /**
     * @param hasText  the version has a stored full text
     * @param detected the clauses are the detector's findings in that text, so each can be shown in it
     */
    void show(List<Clause> clauses, boolean hasText, boolean detected) {
        getChildren().clear();
        if (clauses.isEmpty()) {
            Label none = new Label(hasText ? "The detector found no clause that restricts or permits output use."
                    + " Read the full text yourself." : "No clause about output use is catalogued for this version.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        for (int i = 0; i < clauses.size(); i++) {
            getChildren().add(card(clauses.get(i), i, hasText && (detected || clauses.get(i).anchor() != null), detected));
        }
    }

    private VBox card(Clause c, int index, boolean linkToText, boolean detected) {
        String where = (c.section().isEmpty() ? "" : "§" + c.section() + " ") + c.heading();
        Label heading = new Label(where.isBlank() ? "Detected passage " + (index + 1) : where.strip());
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        HBox top = new HBox(8, heading, Badges.confidence(c.confidence()));
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane tags = new FlowPane(4, 4);
        for (Tag t : c.tags()) {
            tags.getChildren().add(Badges.tag(t));
        }
        Label paraphrase = new Label(c.paraphrase());
        paraphrase.setWrapText(true);
        VBox card = new VBox(6, top);
        if (!c.tags().isEmpty()) {
            card.getChildren().add(tags);
        }
        card.getChildren().add(paraphrase);
        if (!c.quote().isEmpty()) {
            Label key = new Label("The text: \u201C" + c.quote() + "\u201D");
            key.setWrapText(true);
            key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            card.getChildren().add(key);
        }
        if (linkToText) {
            Hyperlink inText = new Hyperlink(detected ? "Show in the full text" : "Show these words in the recorded text");
            inText.setId("show-in-text-" + index);
            inText.setOnAction(e -> showInText.accept(index));
            card.getChildren().add(inText);
        }
        card.getStyleClass().add("clause-card");
        return card;
    }
}
