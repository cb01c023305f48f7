package dev.clearance.annotation;

import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.TermsInputException;
import dev.clearance.terms.TermsService;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The full text of a terms version as it was added (positions of annotations count code points in it).
 * Empty when the version is unknown or has no text: a text a user stored, or the recorded text the catalog ships.
 */
@FunctionalInterface
public interface VersionTexts {
    Optional<String> fullText(TermsRef version);

    /** The known versions of a document, oldest first; empty when unknown (or not known to this source). */
    default List<TermsRef> versionsOf(String documentId) {
        return List.of();
    }

    /**
     * The document whose {@code sourceUrl} is this address (the provider's live page an annotation tool was
     * pointed at), compared as {@link #normalizeUrl} does; empty when none.
     */
    default Optional<String> documentAt(String url) {
        return Optional.empty();
    }

    /**
     * An address reduced to what identifies a page: http and https alike, host in lower case without "www.",
     * no query, fragment or trailing slash. Empty for what is not an http(s) address.
     */
    static Optional<String> normalizeUrl(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return Optional.empty();
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return Optional.of(host + path);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Texts users added through the terms feature, else the catalog's recorded texts. */
    static VersionTexts of(TermsService terms) {
        return new VersionTexts() {
            @Override
            public Optional<String> fullText(TermsRef ref) {
                try {
                    return terms.showVersion(ref).fullText();
                } catch (TermsInputException e) {
                    return Optional.empty();
                }
            }

            @Override
            public List<TermsRef> versionsOf(String documentId) {
                return terms.findDocument(documentId).map(d -> d.versions().stream()
                        .map(v -> new TermsRef(d.id(), v.effectiveOn()))
                        .sorted(java.util.Comparator.comparing(TermsRef::effectiveOn)).toList()).orElse(List.of());
            }

            @Override
            public Optional<String> documentAt(String url) {
                Optional<String> wanted = normalizeUrl(url);
                if (wanted.isEmpty()) {
                    return Optional.empty();
                }
                return terms.listDocuments().stream()
                        .filter(d -> !d.sourceUrl().isEmpty() && normalizeUrl(d.sourceUrl()).equals(wanted))
                        .map(d -> d.id()).findFirst();
            }
        };
    }

    /** Fixed texts, for tests and previews. */
    static VersionTexts of(Map<TermsRef, String> texts) {
        return of(texts, Map.of());
    }

    /** Fixed texts, and documents' source addresses (document id → URL), for tests. */
    static VersionTexts of(Map<TermsRef, String> texts, Map<String, String> sourceUrls) {
        return new VersionTexts() {
            @Override
            public Optional<String> fullText(TermsRef ref) {
                return Optional.ofNullable(texts.get(ref));
            }

            @Override
            public List<TermsRef> versionsOf(String documentId) {
                return texts.keySet().stream().filter(r -> r.documentId().equals(documentId))
                        .sorted(java.util.Comparator.comparing(TermsRef::effectiveOn)).toList();
            }

            @Override
            public Optional<String> documentAt(String url) {
                Optional<String> wanted = normalizeUrl(url);
                return wanted.isEmpty() ? Optional.empty() : sourceUrls.entrySet().stream()
                        .filter(e -> normalizeUrl(e.getValue()).equals(wanted)).map(Map.Entry::getKey).sorted().findFirst();
            }
        };
    }
}
