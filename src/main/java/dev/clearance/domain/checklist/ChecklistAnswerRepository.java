package dev.clearance.domain.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of a project's guided walks (table {@code checklist_answer}), keyed by project, walk key
 * (source channel + terms version, e.g. {@code api:openai-services-agreement@2026-01-01}) and question.
 * Every answer is saved as it is entered. Implementations run every write in one transaction and throw
 * {@link dev.clearance.domain.StorageException} when the database cannot be used.
 */
public interface ChecklistAnswerRepository {
    /** The answers of one walk, ordered by question id. */
    List<ChecklistAnswer> list(long projectId, String walkKey);

    /** Every walk of a project with its answers, walks ordered by key. */
    Map<String, List<ChecklistAnswer>> listByWalk(long projectId);

    Optional<ChecklistAnswer> find(long projectId, String walkKey, String questionId);

    /** Inserts or replaces the answer to one question of one walk. */
    void save(long projectId, String walkKey, ChecklistAnswer answer);

    /** Removes one answer; returns false when there was none. */
    boolean delete(long projectId, String walkKey, String questionId);

    /**
     * Copies every answer of one walk to another in one transaction (a dataset split off from a shared
     * walk starts with the shared answers); answers already present in the target are replaced.
     *
     * @return how many answers were copied
     */
    int copyWalk(long projectId, String fromWalkKey, String toWalkKey);
}
