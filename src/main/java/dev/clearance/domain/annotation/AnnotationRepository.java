package dev.clearance.domain.annotation;

import dev.clearance.domain.terms.TermsRef;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored annotations (table {@code annotation}). Every write runs in one transaction; implementations throw
 * {@link dev.clearance.domain.StorageException} when the database cannot be used. Lists are ordered by
 * document, version, start, end and id, so exports are stable.
 */
public interface AnnotationRepository {
    /** Inserts or replaces (by id) one annotation. */
    void save(Annotation annotation);

    /** Inserts or replaces all of them in one transaction: all are stored or none. */
    void saveAll(Collection<Annotation> annotations);

    Optional<Annotation> find(String id);

    List<Annotation> listByProject(long projectId);

    /** A project's annotations on one version ({@code target} names a version). */
    List<Annotation> listByTarget(long projectId, TermsRef target);

    /** Every project's annotations on one version, by project then position: what a new version must carry. */
    List<Annotation> listByVersion(TermsRef version);

    /** Deletes and returns the annotation, so the caller can offer undo; empty when there was none. */
    Optional<Annotation> delete(String id);

    /** Puts back an annotation returned by {@link #delete}, exactly as it was. */
    void restore(Annotation deleted);

    /** The own tags a project defined (table {@code project_tag}), sorted; tags only used on annotations are not listed. */
    List<String> definedOwnTags(long projectId);

    /** Defines an own tag for a project; defining it again changes nothing. */
    void defineOwnTag(long projectId, String tag);

    /** Removes a defined own tag (annotations keep it); false when it was not defined. */
    boolean removeOwnTag(long projectId, String tag);
}
