package dev.clearance.ui.annotations;

import dev.clearance.domain.terms.Tag;
import java.util.Locale;

/**
 * What a tag means for the reviewer's conclusion, which decides the colour of its underline: a restriction,
 * a condition to fulfil, a permission, or context. Ordered from most to least alarming, so that overlapping
 * annotations are underlined in the colour of the one that matters most.
 */
public enum TagTone {
    RESTRICTS, CONDITIONS, PERMITS, CONTEXT;

    public static TagTone of(Tag tag) {
        if (tag == null) {
            return CONTEXT;
        }
        return switch (tag) {
            case COMPETING_MODEL_BAN, ANY_MODEL_BAN, NON_COMMERCIAL, REVERSE_ENGINEERING, SCRAPING -> RESTRICTS;
            case NAMING_CONDITION, ATTRIBUTION, LICENCE_COPY, PASS_THROUGH, DERIVATIVE_DEFINITION, MAU_THRESHOLD,
                 AUTHORIZATION_REQUIRED -> CONDITIONS;
            case OUTPUT_USE_PERMITTED, PERMITTED_EXCEPTION -> PERMITS;
            case RETENTION, SURVIVAL -> CONTEXT;
        };
    }

    /** The more alarming of the two. */
    public TagTone worst(TagTone other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    /** The CSS style class of text carrying this tone: {@code tone-restricts}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
