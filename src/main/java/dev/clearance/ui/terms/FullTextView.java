package dev.clearance.ui.terms;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import atlantafx.base.controls.Spacer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    private final Label position = new Label();
    private final VBox withText;
    private List<TextHighlight> highlights = List.of();
    private int current = -1;
    private boolean detected = true;

    FullTextView() {
        setId("full-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("terms-full-text");
        area.setPadding(new Insets(8, 12, 8, 12));
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setText("This version has no text: neither a recorded text in the catalog nor one you added. To read"
                + " the provider's text here with the restricting clauses highlighted, and to compare versions word by"
                + " word, add the text with \u201CAdd from file\u2026\u201D.");
        Button previous = new Button("◀ Previous");
        previous.setMinWidth(Button.USE_PREF_SIZE);
        previous.setId("previous-clause");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("Next clause ▶");
        next.setMinWidth(Button.USE_PREF_SIZE);
        next.setId("next-clause");
        next.setOnAction(e -> step(1));
        position.getStyleClass().add(Styles.TEXT_MUTED);
        position.setMinWidth(0);
        HBox bar = new HBox(8, position, new Spacer(), previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        withText = new VBox(bar, scroll);
        getChildren().addAll(withText, empty);
        show(null);
    }

    /** Shows a version's text with its highlights; null shows the empty state. */
    void show(VersionDetail detail) {
        boolean has = detail != null && detail.hasFullText();
        empty.setVisible(!has);
        withText.setVisible(has);
        highlights = has ? detail.highlights() : List.of();
        current = -1;
        if (!has) {
            area.clear();
            return;
        }
        String text = detail.fullText();
        area.replaceText(text);
        area.setStyleSpans(0, spans(text.length(), highlights));
        area.moveTo(0);
        area.requestFollowCaret();
        detected = detail.showsStoredText();
        position.setText(String.format("%s · %,d characters · %d %s %s highlighted", detail.textOrigin(), text.length(),
                highlights.size(), detected ? "detected" : "quoted",
                highlights.size() == 1 ? "clause" : "clauses"));
    }

    private void step(int direction) {
        if (highlights.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, highlights.size());
        reveal(highlights.get(current));
    }

    /** Selects and scrolls to a passage. */
    void reveal(TextHighlight h) {
        int end = Math.min(h.end(), area.getLength());
        int start = Math.min(h.start(), end);
        area.selectRange(start, end);
        // The passage goes to the top of the view, with its heading just above it when there is one.
        int paragraph = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        // In a long paragraph the words may stand far below its start: bring the selection itself into view.
        area.requestFollowCaret();
        int index = highlights.indexOf(h);
        if (index >= 0) {
            current = index;
            position.setText((detected ? "Detected clause " : "Quoted clause ") + (current + 1) + " of "
                    + highlights.size() + ": "
                    + String.join(", ", h.tags().stream().map(dev.clearance.domain.terms.Tag::id).toList()));
        }
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
