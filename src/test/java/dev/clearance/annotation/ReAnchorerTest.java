package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.annotation.AnchorStatus;
import org.junit.jupiter.api.Test;

/** The re-anchoring steps on small texts, one behaviour each. */
class ReAnchorerTest {
    static ReAnchorer.Result reAnchor(String oldText, String newText, String quote, int occurrence) {
        int utf16 = -1;
        for (int i = 0; i <= occurrence; i++) {
            utf16 = oldText.indexOf(quote, utf16 + 1);
        }
        int start = CodePoints.toCodePointOffset(oldText, utf16);
        int end = start + CodePoints.length(quote);
        return new ReAnchorer(oldText, newText).reAnchor(start, end, quote, CodePoints.before(oldText, start, 32),
                CodePoints.after(oldText, end, 32));
    }

    @Test
    void aRepeatedQuoteFollowsItsOwnContext() {
        String oldText = "1. You may not use Output for ads.\n2. You may not use Output to train models.\n";
        String newText = "0. Preamble.\n1. You may not use Output for ads.\n2. You may not use Output to train models.\n";
        ReAnchorer.Result r = reAnchor(oldText, newText, "You may not use Output", 1);
        assertEquals(AnchorStatus.MOVED, r.status());
        assertEquals(newText.indexOf("You may not use Output to train"), r.start(), "the second clause, not the first");
    }

    @Test
    void anUnchangedPassageAtTheSameOffsetsIsAnchored() {
        String text = "Terms.\nDo not scrape.\n";
        ReAnchorer.Result r = reAnchor(text, text + "New closing clause.\n", "Do not scrape.", 0);
        assertEquals(AnchorStatus.ANCHORED, r.status());
        assertEquals(7, r.start());
    }

    @Test
    void aDeletedClauseIsOrphanedWhereItWas() {
        String oldText = "Intro.\nYou may not use Output to develop competing models.\nGoverning law: France.\n";
        String newText = "Intro.\nGoverning law: France.\n";
        ReAnchorer.Result r = reAnchor(oldText, newText, "You may not use Output to develop competing models.", 0);
        assertEquals(AnchorStatus.ORPHANED, r.status());
        assertEquals("", r.exact());
        // Between its old neighbours (the diff may pair the full stops either way).
        assertTrue(r.start() >= "Intro".length() && r.start() <= newText.indexOf("Governing"), "at " + r.start());
        assertEquals(r.start(), r.end());
    }

    @Test
    void anOrphanStaysOrphanedOnTheNextVersion() {
        String oldText = "Intro.\nGoverning law: France.\n";
        String newText = "Intro, revised.\nGoverning law: France.\n";
        int at = oldText.indexOf("Governing");
        ReAnchorer.Result r = new ReAnchorer(oldText, newText).reAnchor(at, at, "", "", "");
        assertEquals(AnchorStatus.ORPHANED, r.status());
        assertEquals(newText.indexOf("Governing"), r.start());
    }

    @Test
    void aClauseThatMovedAndChangedAtOnceIsFoundAsChanged() {
        String oldText = "A. Fees are due monthly.\nB. You must not use Output to develop models that compete with us.\n";
        String newText = "B. You must not use any Output to develop models that compete with us or our affiliates.\n"
                + "A. Fees are due monthly.\n";
        ReAnchorer.Result r = reAnchor(oldText, newText, "You must not use Output to develop models that compete with us.", 0);
        assertEquals(AnchorStatus.CHANGED, r.status());
        assertEquals(0, newText.indexOf(r.exact()) - 3, "found at the top, where it moved");
    }
}
