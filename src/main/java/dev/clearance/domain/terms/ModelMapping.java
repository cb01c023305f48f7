package dev.clearance.domain.terms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's own rule mapping model names to the documents that govern them, for models the shipped
 * registry does not know (or to override it). Stored in table {@code model_mapping}; takes precedence
 * over the shipped registry.
 *
 * @param id           database id; null before it is stored
 * @param modelPattern glob on the model name, case-insensitive ({@code *} any run, {@code ?} one character)
 * @param provider     provider id it applies to; "" for any
 * @param access       inventory access value it applies to ({@code api}, {@code weights}, {@code cloud:azure} …); "" for any
 * @param documentIds  governing documents, each {@code document-id} (version chosen by date) or
 *                     {@code document-id@YYYY-MM-DD} (pinned)
 * @param note         why the user mapped it; "" if none
 * @param createdAt    when it was stored; null before
 */
public record ModelMapping(Long id, String modelPattern, String provider, String access, List<String> documentIds,
                           String note, Instant createdAt) {
    public ModelMapping {
        Objects.requireNonNull(modelPattern, "modelPattern");
        if (modelPattern.isBlank()) {
            throw new IllegalArgumentException("A model mapping needs a model pattern");
        }
        provider = provider == null ? "" : provider.strip();
        access = access == null ? "" : access.strip();
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("A model mapping for '" + modelPattern + "' needs at least one document id");
        }
        note = note == null ? "" : note;
    }

    /** Document ids as stored in the {@code document_ids} column: separated by ';'. */
    public String documentIdsColumn() {
        return String.join(";", documentIds);
    }

    /** Parses the {@code document_ids} column (';' or ',' separated, blanks ignored). */
    public static List<String> parseDocumentIdsColumn(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ModelMapping withId(long newId, Instant created) {
        return new ModelMapping(newId, modelPattern, provider, access, documentIds, note, created);
    }
}
