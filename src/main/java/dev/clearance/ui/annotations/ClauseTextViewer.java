package dev.clearance.ui.annotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.IndexRange;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A version's full text, read-only, with line numbers and the annotations highlighted: every stretch is
 * shaded by how many annotations cover it (deeper overlap, stronger shade) and underlined in the colour of
 * the most alarming tag there; the selected annotation stands out. Positions are UTF-16 indices.
 */
final class ClauseTextViewer extends StackPane {
    private final StyleClassedTextArea area = new StyleClassedTextArea();

    ClauseTextViewer() {
        setId("clause-text-viewer");
        area.setId("clause-text");
        area.getStyleClass().add("clause-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Shows a new text, scrolled to the top. */
    void show(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    void highlight(List<Highlight> highlights) {
        highlight(highlights, List.of());
    }

    /**
     * Shades the annotations and outlines the words the catalog quotes (dashed), so that a reviewer sees which
     * passages the catalog's facts rest on. Quote ranges are {@code [start, end)} UTF-16 indices.
     */
    void highlight(List<Highlight> highlights, List<AnnotationsViewModel.QuoteMark> quotes) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Highlight h : highlights) {
            int start = Math.min(h.start(), length);
            int end = Math.min(h.end(), length);
            if (start > at) {
                spans.add(List.of(), start - at);
            }
            if (end > start) {
                spans.add(classes(h), end - start);
            }
            at = Math.max(at, end);
        }
        spans.add(List.of(), length - at);
        StyleSpans<Collection<String>> built = spans.create();
        if (!quotes.isEmpty()) {
            StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
            int q = 0;
            for (AnnotationsViewModel.QuoteMark m : quotes) {
                int start = Math.max(Math.min(m.start(), length), q);
                int end = Math.min(m.end(), length);
                if (end <= start) {
                    continue;
                }
                marks.add(List.of(), start - q);
                marks.add(List.of("catalog-quote"), end - start);
                q = end;
            }
            marks.add(List.of(), length - q);
            built = built.overlay(marks.create(), (a, b) -> {
                if (b.isEmpty()) {
                    return a;
                }
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        area.setStyleSpans(0, built);
    }

    private static List<String> classes(Highlight h) {
        List<String> c = new ArrayList<>(List.of("annotated", h.tone().styleClass()));
        if (h.depth() >= 2) {
            c.add(h.depth() == 2 ? "overlap-2" : "overlap-3");
        }
        if (h.selected()) {
            c.add("annotation-selected");
        }
        return c;
    }

    /**
     * Scrolls so that the passage starting at {@code start} is near the top with a few lines of context above,
     * and puts the caret there, without selecting it.
     */
    void reveal(int start) {
        int at = Math.min(start, area.getLength());
        area.moveTo(at);
        int paragraph = area.offsetToPosition(at, Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, paragraph - 3));
    }

    /** Selects a range, as a reviewer dragging over it would. */
    void select(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    IndexRange selection() {
        return area.getSelection();
    }

    /** Told the caret position when the reviewer clicks without selecting (to pick an annotation there). */
    void setOnClickAt(IntConsumer onClick) {
        area.setOnMouseClicked(e -> {
            if (area.getSelection().getLength() == 0) {
                onClick.accept(area.getCaretPosition());
            }
        });
    }
}
