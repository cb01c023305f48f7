package dev.clearance.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the model under review reaches its users ({@code project.yaml: distribution}). */
public enum Distribution {
    INTERNAL, HOSTED_API, OPEN_WEIGHTS, ON_DEVICE;

    /** The contract spelling: kebab case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Distribution> parse(String text) {
        return Vocabulary.parse(values(), text, Distribution::id);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Distribution::id);
    }
}
