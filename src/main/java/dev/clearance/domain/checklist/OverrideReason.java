package dev.clearance.domain.checklist;

import dev.clearance.domain.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fixed list of reasons a reviewer may give for changing a suggested answer. */
public enum OverrideReason {
    SEPARATE_AGREEMENT("a separate agreement with the provider"),
    WRITTEN_AUTHORIZATION("written authorization from the provider"),
    COUNSEL_OPINION("counsel's opinion"),
    FACTS_DIFFER("the facts differ from the inventory"),
    OTHER("other");

    private final String label;

    OverrideReason(String label) {
        this.label = label;
    }

    /** The stored spelling: kebab case ({@code "written-authorization"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How findings and reports name it. */
    public String label() {
        return label;
    }

    public static Optional<OverrideReason> parse(String text) {
        return Vocabulary.parse(values(), text, OverrideReason::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), OverrideReason::id);
    }
}
