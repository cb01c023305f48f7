package dev.clearance.ui.terms;

import dev.clearance.domain.terms.Tag;
import java.util.List;

/**
 * A detected clause's place in a stored full text, to highlight it.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param tags  the detector's tags for the passage
 */
public record TextHighlight(int start, int end, List<Tag> tags) {
    public TextHighlight {
        tags = List.copyOf(tags);
    }
}
