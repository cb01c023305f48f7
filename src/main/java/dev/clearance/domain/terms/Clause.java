package dev.clearance.domain.terms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clause of a terms version that matters for output use: our paraphrase, and the provider's own words
 * it rests on, anchored into the version's recorded text.
 *
 * @param id         stable id within the version (kebab-case), which facts cite; "" for a stored, detected clause
 * @param section    the section reference as the document numbers it, e.g. {@code 3.3(e)}; "" if unnumbered
 * @param heading    the section heading, e.g. "Restrictions"
 * @param paraphrase our paraphrase; never the provider's text
 * @param quote      the provider's words the paraphrase rests on, verbatim from the recorded text (at most
 *                   about 60 words); "" when there is none
 * @param tags       tags from the fixed vocabulary
 * @param confidence how the clause was checked
 * @param anchor     where {@code quote} stands in the recorded text, in code points; null when not anchored
 */
public record Clause(String id, String section, String heading, String paraphrase, String quote, List<Tag> tags,
                     Confidence confidence, TextSpan anchor) {
    public Clause {
        id = id == null ? "" : id;
        section = section == null ? "" : section;
        heading = heading == null ? "" : heading;
        Objects.requireNonNull(paraphrase, "paraphrase");
        quote = quote == null ? "" : quote;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(confidence, "confidence");
    }

    /** A clause without an id or an anchor (tests, detected clauses). */
    public Clause(String section, String heading, String paraphrase, String quote, List<Tag> tags,
                  Confidence confidence) {
        this("", section, heading, paraphrase, quote, tags, confidence, null);
    }

    public boolean has(Tag tag) {
        return tags.contains(tag);
    }

    public Optional<TextSpan> anchored() {
        return Optional.ofNullable(anchor);
    }

    /**
     * A passage of a text, {@code [start, end)} in code points.
     */
    public record TextSpan(int start, int end) {
        public TextSpan {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
