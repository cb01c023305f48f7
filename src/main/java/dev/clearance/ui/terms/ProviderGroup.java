package dev.clearance.ui.terms;

import dev.clearance.domain.terms.TermsDocument;
import java.util.List;
import java.util.Map;

/**
 * The documents of one provider, as the browser lists them.
 *
 * @param provider  provider id; "" for standard licences that belong to no provider (MIT, Apache-2.0)
 * @param documents the provider's documents in catalog order (users' own documents last)
 */
public record ProviderGroup(String provider, List<TermsDocument> documents) {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("openai", "OpenAI"), Map.entry("azure-openai", "Azure OpenAI"), Map.entry("microsoft", "Microsoft"),
            Map.entry("anthropic", "Anthropic"), Map.entry("google", "Google"), Map.entry("meta", "Meta"),
            Map.entry("mistral", "Mistral AI"), Map.entry("deepseek", "DeepSeek"), Map.entry("alibaba", "Alibaba (Qwen)"),
            Map.entry("xai", "xAI"), Map.entry("nvidia", "NVIDIA"), Map.entry("stability", "Stability AI"),
            Map.entry("tencent", "Tencent"), Map.entry("perplexity", "Perplexity"));

    /** The group of the user's own documents that name no provider; not a valid provider id, so it cannot clash. */
    public static final String YOURS = "(yours)";

    public ProviderGroup {
        documents = List.copyOf(documents);
    }

    /** True for a provider id we have a display name for, e.g. {@code openai}. */
    public static boolean isKnownProvider(String provider) {
        return NAMES.containsKey(provider);
    }

    /** "OpenAI"; the id itself for providers we have no display name for. */
    public String label() {
        return label(provider);
    }

    public static String label(String provider) {
        if (provider == null || provider.isEmpty()) {
            return "Standard licences";
        }
        if (provider.equals(YOURS)) {
            return "Your documents";
        }
        return NAMES.getOrDefault(provider, provider);
    }
}
