package dev.clearance.domain.terms;

import dev.clearance.domain.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The access channel a terms document governs. The catalog is keyed by channel rather than by model
 * because one brand can carry opposite rules: Llama weights vs Meta's Llama API, Gemma 4 vs Gemma 2,
 * gpt-oss weights vs the OpenAI API.
 */
public enum Channel {
    /** A licence for downloadable weights, run by the user (self-hosted). */
    WEIGHTS,
    /** Hosted API or business terms. */
    API,
    /** Consumer chat app / consumer terms of service. */
    APP,
    /** A cloud reseller's terms (Azure, Vertex AI, Bedrock). */
    CLOUD,
    /** A usage or acceptable-use policy incorporated into other terms. */
    USAGE_POLICY;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Channel> parse(String text) {
        return Vocabulary.parse(values(), text, Channel::id);
    }

    /**
     * The channel of an inventory {@code access} value: {@code api}, {@code weights}, {@code app} or
     * {@code cloud:<name>}.
     */
    public static Optional<Channel> ofAccess(String access) {
        if (access == null || access.isBlank()) {
            return Optional.empty();
        }
        String a = access.strip().toLowerCase(Locale.ROOT);
        if (a.equals("cloud") || a.startsWith("cloud:")) {
            return Optional.of(CLOUD);
        }
        return parse(a).filter(c -> c != USAGE_POLICY);
    }

    public static List<String> ids() {
        return Vocabulary.ids(values(), Channel::id);
    }
}
