package dev.clearance.annotation;

import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.AnnotationRepository;
import dev.clearance.domain.terms.TermsRef;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository contract in memory, ordered as the JDBC one, for service tests. */
public final class InMemoryAnnotationRepository implements AnnotationRepository {
    static final Comparator<Annotation> ORDER = Comparator.<Annotation, String>comparing(a -> a.target().documentId())
            .thenComparing(a -> a.target().effectiveOn()).thenComparingInt(Annotation::start)
            .thenComparingInt(Annotation::end).thenComparing(Annotation::id);

    private final Map<String, Annotation> byId = new LinkedHashMap<>();
    int writes;

    @Override
    public void save(Annotation annotation) {
        saveAll(List.of(annotation));
    }

    @Override
    public void saveAll(Collection<Annotation> annotations) {
        writes++;
        annotations.forEach(a -> byId.put(a.id(), a));
    }

    @Override
    public Optional<Annotation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Annotation> listByProject(long projectId) {
        return byId.values().stream().filter(a -> a.projectId() == projectId).sorted(ORDER).toList();
    }

    @Override
    public List<Annotation> listByTarget(long projectId, TermsRef target) {
        return listByProject(projectId).stream().filter(a -> a.target().equals(target)).toList();
    }

    @Override
    public List<Annotation> listByVersion(TermsRef version) {
        return byId.values().stream().filter(a -> a.target().equals(version))
                .sorted(Comparator.comparingLong(Annotation::projectId).thenComparing(ORDER)).toList();
    }

    @Override
    public Optional<Annotation> delete(String id) {
        writes++;
        return Optional.ofNullable(byId.remove(id));
    }

    @Override
    public void restore(Annotation deleted) {
        save(deleted);
    }

    private final Map<Long, java.util.TreeSet<String>> ownTags = new java.util.HashMap<>();

    @Override
    public List<String> definedOwnTags(long projectId) {
        return List.copyOf(ownTags.getOrDefault(projectId, new java.util.TreeSet<>()));
    }

    @Override
    public void defineOwnTag(long projectId, String tag) {
        writes++;
        ownTags.computeIfAbsent(projectId, k -> new java.util.TreeSet<>()).add(tag);
    }

    @Override
    public boolean removeOwnTag(long projectId, String tag) {
        writes++;
        return ownTags.getOrDefault(projectId, new java.util.TreeSet<>()).remove(tag);
    }
}
