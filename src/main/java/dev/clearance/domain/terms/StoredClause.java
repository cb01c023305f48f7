package dev.clearance.domain.terms;

import java.util.List;

/**
 * A clause found in a stored full text (table {@code terms_clause}).
 *
 * @param ordinal     position in the version, from 1
 * @param section     section reference if known; "" otherwise
 * @param heading     heading if known; "" otherwise
 * @param excerpt     the short excerpt shown to reviewers (from the user's own copy of the text)
 * @param tags        tags from the fixed vocabulary (stored as comma-separated ids)
 * @param startOffset start character offset in the full text, inclusive; null if unknown
 * @param endOffset   end character offset in the full text, exclusive; null if unknown
 */
public record StoredClause(int ordinal, String section, String heading, String excerpt, List<Tag> tags,
                           Integer startOffset, Integer endOffset) {
    public StoredClause {
        section = section == null ? "" : section;
        heading = heading == null ? "" : heading;
        excerpt = excerpt == null ? "" : excerpt;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Tags as stored in the {@code tags} column: comma-separated kebab ids. */
    public String tagsColumn() {
        return String.join(",", tags.stream().map(Tag::id).toList());
    }

    /** Parses the {@code tags} column; unknown ids are rejected so that the vocabulary stays closed. */
    public static List<Tag> parseTagsColumn(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Tag.parse(s).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown tag '" + s + "'; expected one of " + Tag.ids())))
                .toList();
    }
}
