package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;

import java.util.List;

/**
 * A passage of a full terms text that restricts or permits output use, as found by {@link RestrictionDetector}.
 *
 * @param line        1-based line number in the text
 * @param startOffset start character offset of the excerpt's passage in the whole text, inclusive
 * @param endOffset   end character offset, exclusive
 * @param tags        suggested tags, most important first
 * @param excerpt     the passage, cleaned of markup and shortened for display
 */
public record DetectedClause(int line, int startOffset, int endOffset, List<Tag> tags, String excerpt) {
    public DetectedClause {
        tags = List.copyOf(tags);
    }

    public boolean has(Tag tag) {
        return tags.contains(tag);
    }

    /** Tags as comma-separated kebab ids, e.g. {@code competing-model-ban,scraping}. */
    public String tagIds() {
        return String.join(",", tags.stream().map(Tag::id).toList());
    }
}
