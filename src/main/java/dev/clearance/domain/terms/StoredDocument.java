package dev.clearance.domain.terms;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code terms_document}: a user's own document, or the cached metadata of a catalog document
 * to which a user added a version.
 *
 * @param channel null when the user did not say (stored as "")
 */
public record StoredDocument(String documentId, String provider, String title, Channel channel, String sourceUrl,
                             DocumentOrigin origin, Instant createdAt) {
    public StoredDocument {
        Objects.requireNonNull(documentId, "documentId");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(title, "title");
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
