package dev.clearance.ui.findings;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.assessment.ClauseCitation;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/** Shows the catalog's reading of a cited clause next to the citation: our paraphrase, never the provider's text. */
final class ClausePopover {
    private final PopOver popOver = new PopOver();

    ClausePopover(ClauseCitation citation, Optional<FindingsViewModel.ClauseText> text) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(12));
        box.setMaxWidth(460);
        box.setId("clause-popover");
        Label title = new Label(text.map(FindingsViewModel.ClauseText::title).orElse(citation.label()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        box.getChildren().add(title);
        if (text.isPresent()) {
            FindingsViewModel.ClauseText t = text.get();
            box.getChildren().add(wrapped(t.paraphrase()));
            if (!t.quote().isEmpty()) {
                Label key = wrapped("The text: “" + t.quote() + "”");
                key.getStyleClass().add(Styles.TEXT_ITALIC);
                box.getChildren().add(key);
            }
            Label meta = wrapped("Confidence: " + t.confidence() + (t.sourceUrl().isEmpty() ? "" : " · Source: " + t.sourceUrl()));
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(meta);
            Label reminder = wrapped("This is Clearance's paraphrase. Check the live text before relying on it.");
            reminder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            box.getChildren().add(reminder);
        } else {
            box.getChildren().add(wrapped("Clearance has no catalogued text for this citation (e.g. a dataset licence "
                    + "or an agreement you hold). Read the document itself."));
        }
        popOver.setContentNode(box);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    void show(Node anchor) {
        popOver.show(anchor);
    }
}
