package dev.clearance.terms;

import dev.clearance.domain.terms.Channel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to add a terms version from a file: a new version of a catalog document, or a version of the
 * user's own document (e.g. an enterprise agreement with negotiated terms).
 *
 * @param file        .txt, .md, .html or .pdf
 * @param documentId  kebab-case id; a catalog id adds a version to that document
 * @param effectiveOn the version's effective date (its id)
 * @param title       title for a new user document; "" to use the id (ignored for catalog documents)
 * @param provider    provider id for a new user document; "" if none
 * @param channel     access channel for a new user document; null when not stated
 * @param sourceUrl   where the text comes from; "" if none
 */
public record AddRequest(Path file, String documentId, LocalDate effectiveOn, String title, String provider,
                         Channel channel, String sourceUrl) {
    public AddRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        title = title == null ? "" : title.strip();
        provider = provider == null ? "" : provider.strip();
        sourceUrl = sourceUrl == null ? "" : sourceUrl.strip();
    }

    /** A request with only the required parts. */
    public static AddRequest of(Path file, String documentId, LocalDate effectiveOn, String title) {
        return new AddRequest(file, documentId, effectiveOn, title, "", null, "");
    }
}
