package dev.clearance.domain.terms;

import java.util.List;
import java.util.Objects;

/**
 * One clause of a catalogued terms version that matters for output use, in our own words.
 *
 * @param section    the section reference as the document numbers it, e.g. {@code 3.3(e)}; "" if unnumbered
 * @param heading    the section heading, e.g. "Restrictions"
 * @param paraphrase our paraphrase; never the provider's text
 * @param keyPhrase  at most a short quoted key phrase from the text; "" if none
 * @param tags       tags from the fixed vocabulary
 * @param confidence how the clause was checked
 */
public record Clause(String section, String heading, String paraphrase, String keyPhrase, List<Tag> tags,
                     Confidence confidence) {
    public Clause {
        section = section == null ? "" : section;
        heading = heading == null ? "" : heading;
        Objects.requireNonNull(paraphrase, "paraphrase");
        keyPhrase = keyPhrase == null ? "" : keyPhrase;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(confidence, "confidence");
    }

    public boolean has(Tag tag) {
        return tags.contains(tag);
    }
}
