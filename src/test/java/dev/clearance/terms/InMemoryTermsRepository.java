package dev.clearance.terms;

import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link TermsRepository} in memory, for tests of the service and the command line. */
public final class InMemoryTermsRepository implements TermsRepository {
    private final Map<String, StoredDocument> documents = new TreeMap<>();
    private final Map<String, Map<LocalDate, StoredVersion>> versions = new TreeMap<>();
    private final List<ModelMapping> mappings = new ArrayList<>();
    private long nextMappingId = 1;
    private int writes;

    @Override
    public List<StoredDocument> listDocuments() {
        return List.copyOf(documents.values());
    }

    @Override
    public Optional<StoredDocument> findDocument(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public void saveVersion(StoredDocument document, StoredVersion version) {
        if (!document.documentId().equals(version.documentId())) {
            throw new IllegalArgumentException("version belongs to " + version.documentId());
        }
        documents.put(document.documentId(), document);
        versions.computeIfAbsent(document.documentId(), k -> new TreeMap<>()).put(version.effectiveOn(), version);
        writes++;
    }

    @Override
    public List<StoredVersion> listVersions(String documentId) {
        return versions.getOrDefault(documentId, Map.of()).values().stream()
                .sorted(Comparator.comparing(StoredVersion::effectiveOn)).toList();
    }

    @Override
    public Optional<StoredVersion> findVersion(String documentId, LocalDate effectiveOn) {
        return Optional.ofNullable(versions.getOrDefault(documentId, Map.of()).get(effectiveOn));
    }

    @Override
    public boolean deleteVersion(String documentId, LocalDate effectiveOn) {
        Map<LocalDate, StoredVersion> v = versions.get(documentId);
        return v != null && v.remove(effectiveOn) != null;
    }

    @Override
    public boolean deleteDocument(String documentId) {
        if (!versions.getOrDefault(documentId, Map.of()).isEmpty()) {
            return false;
        }
        versions.remove(documentId);
        return documents.remove(documentId) != null;
    }

    @Override
    public List<ModelMapping> listMappings() {
        return List.copyOf(mappings);
    }

    @Override
    public ModelMapping addMapping(ModelMapping mapping) {
        ModelMapping stored = mapping.withId(nextMappingId++, Instant.parse("2026-11-28T12:00:00Z"));
        mappings.add(stored);
        writes++;
        return stored;
    }

    @Override
    public boolean deleteMapping(long id) {
        return mappings.removeIf(m -> m.id() == id);
    }

    /** How many writes happened (to check that refused input wrote nothing). */
    public int writes() {
        return writes;
    }
}
