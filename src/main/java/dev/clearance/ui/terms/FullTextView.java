package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A stored full text, read-only, with the detected clauses highlighted. RichTextFX virtualises the
 * paragraphs, so a 50 KB text opens at once; styles are applied as one span list.
 */
final class FullTextView extends StackPane {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label empty = new Label();

    FullTextView() {
        setId("full-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("terms-full-text");
        area.setPadding(new Insets(8, 12, 8, 12));
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setText("No full text is stored for this version. The clauses are the catalog's, in our words. To read"
                + " the provider's text here with the restricting clauses highlighted, and to compare versions word by"
                + " word, add the text with \u201CAdd from file\u2026\u201D.");
        getChildren().addAll(new VirtualizedScrollPane<>(area), empty);
        show(null);
    }

    /** Shows a version's text with its highlights; null shows the empty state. */
    void show(VersionDetail detail) {
        boolean has = detail != null && detail.hasFullText();
        empty.setVisible(has ? false : true);
        getChildren().get(0).setVisible(has);
        if (!has) {
            area.clear();
            return;
        }
        String text = detail.fullText();
        area.replaceText(text);
        area.setStyleSpans(0, spans(text.length(), detail.highlights()));
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Selects and scrolls to a passage. */
    void reveal(TextHighlight h) {
        int end = Math.min(h.end(), area.getLength());
        area.selectRange(Math.min(h.start(), end), end);
        area.requestFollowCaret();
    }

    private static StyleSpans<Collection<String>> spans(int length, List<TextHighlight> highlights) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (TextHighlight h : highlights) {
            int start = Math.max(h.start(), at);
            int end = Math.min(h.end(), length);
            if (start >= end) {
                continue;
            }
            b.add(List.of(), start - at);
            b.add(List.of("detected-clause"), end - start);
            at = end;
        }
        b.add(List.of(), Math.max(0, length - at));
        return b.create();
    }
}
