package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.clearance.domain.annotation.AnchorStatus;
import org.junit.jupiter.api.Test;

class CodePointsTest {
    static final String TEXT = "a😀b𝄞c";  // 😀 and 𝄞 are outside the Basic Multilingual Plane: two UTF-16 units each

    @Test
    void utf16IndicesAndCodePointOffsetsConvertBothWays() {
        assertEquals(5, CodePoints.length(TEXT));
        assertEquals(7, TEXT.length());
        int[][] pairs = {{0, 0}, {1, 1}, {3, 2}, {4, 3}, {6, 4}, {7, 5}};
        for (int[] p : pairs) {
            assertEquals(p[1], CodePoints.toCodePointOffset(TEXT, p[0]));
            assertEquals(p[0], CodePoints.toUtf16Index(TEXT, p[1]));
        }
    }

    @Test
    void anIndexInsideASurrogatePairOrOutsideTheTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toCodePointOffset(TEXT, 2));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toCodePointOffset(TEXT, 8));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toUtf16Index(TEXT, 6));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toUtf16Index(TEXT, -1));
    }

    @Test
    void slicesAndContextCountCodePoints() {
        assertEquals("😀b𝄞", CodePoints.slice(TEXT, 1, 4));
        assertEquals("a😀", CodePoints.before(TEXT, 2, 32));
        assertEquals("𝄞c", CodePoints.after(TEXT, 3, 32));
        assertEquals("b", CodePoints.before(TEXT, 3, 1));
    }

    @Test
    void anEmojiInsertedBeforeAQuoteMovesItByOneCodePoint() {
        String oldText = "Intro.\nDo not use Output to develop competing models.\n";
        String newText = "Intro 🚀.\nDo not use Output to develop competing models.\n";
        String quote = "use Output to develop competing models";
        int start = oldText.indexOf(quote);
        ReAnchorer.Result r = new ReAnchorer(oldText, newText).reAnchor(start, start + quote.length(), quote, "", "");
        assertEquals(AnchorStatus.MOVED, r.status());
        assertEquals(start + 2, r.start(), "' 🚀' is two code points (three UTF-16 units)");
        assertEquals(quote, r.exact());
    }

    @Test
    void aChangedQuoteAfterAnEmojiKeepsCodePointOffsets() {
        String oldText = "🚫 Do not use Output to develop competing models. End.";
        String newText = "🚫🚫 Do not use Output to build competing models. End.";
        String quote = "Do not use Output to develop competing models.";
        int start = CodePoints.toCodePointOffset(oldText, oldText.indexOf(quote));
        ReAnchorer.Result r = new ReAnchorer(oldText, newText).reAnchor(start, start + CodePoints.length(quote), quote, "🚫 ", " End.");
        assertEquals(AnchorStatus.CHANGED, r.status());
        assertEquals("Do not use Output to build competing models.", r.exact());
        assertEquals(3, r.start());
        assertEquals("🚫🚫 ", r.prefix());
    }
}
