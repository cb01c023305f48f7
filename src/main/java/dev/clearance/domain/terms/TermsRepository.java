package dev.clearance.domain.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What users add to the terms data, kept in the database (tables {@code terms_document},
 * {@code terms_version}, {@code terms_clause} and {@code model_mapping}): their own documents, new
 * versions of catalog documents with full texts, and their own model mappings. The shipped catalog
 * itself is read from assets and never stored here except as metadata a version needs.
 * Implementations run every write in one transaction and throw
 * {@link dev.clearance.domain.StorageException} when the database cannot be used.
 */
public interface TermsRepository {
    /** All stored documents (user documents and cached catalog metadata), ordered by id. */
    List<StoredDocument> listDocuments();

    Optional<StoredDocument> findDocument(String documentId);

    /**
     * Stores a version with its clauses in one transaction. The document row is inserted when absent and
     * its metadata updated when present; a version with the same effective date is replaced, clauses and all.
     */
    void saveVersion(StoredDocument document, StoredVersion version);

    /** A version to store with the document row it belongs to. */
    record VersionWrite(StoredDocument document, StoredVersion version) {
        public VersionWrite {
            java.util.Objects.requireNonNull(document, "document");
            java.util.Objects.requireNonNull(version, "version");
        }
    }

    /**
     * Stores several versions, each as {@link #saveVersion} does, all in one transaction: either every one
     * is stored or none is. The default stores them one by one and suits only in-memory test doubles.
     */
    default void saveVersions(List<VersionWrite> writes) {
        writes.forEach(w -> saveVersion(w.document(), w.version()));
    }

    /** Stored versions of a document, oldest first, with full texts and clauses; empty when none. */
    List<StoredVersion> listVersions(String documentId);

    Optional<StoredVersion> findVersion(String documentId, LocalDate effectiveOn);

    /** The effective dates of a document's stored versions, oldest first, without reading their texts. */
    default List<LocalDate> listVersionDates(String documentId) {
        return listVersions(documentId).stream().map(StoredVersion::effectiveOn).toList();
    }

    /**
     * Deletes a document row that has no stored version left (after the last one was removed). Returns false
     * when there is no such row or it still has versions.
     */
    boolean deleteDocument(String documentId);

    /** Deletes one version and its clauses; the document row stays. Returns false when it did not exist. */
    boolean deleteVersion(String documentId, LocalDate effectiveOn);

    /** The user's model mappings, oldest first (earlier mappings win when several match). */
    List<ModelMapping> listMappings();

    /** Stores a new mapping and returns it with its id and creation time. */
    ModelMapping addMapping(ModelMapping mapping);

    /** Returns false when no mapping had that id. */
    boolean deleteMapping(long id);
}
