package dev.clearance.checklist;

import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A repository in memory, counting saves, so walk tests need no database. */
final class InMemoryChecklistAnswers implements ChecklistAnswerRepository {
    final Map<String, Map<String, ChecklistAnswer>> walks = new TreeMap<>();
    int saves;

    @Override
    public List<ChecklistAnswer> list(long projectId, String walkKey) {
        return new ArrayList<>(walks.getOrDefault(walkKey, Map.of()).values());
    }

    @Override
    public Map<String, List<ChecklistAnswer>> listByWalk(long projectId) {
        Map<String, List<ChecklistAnswer>> out = new TreeMap<>();
        walks.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
        return out;
    }

    @Override
    public Optional<ChecklistAnswer> find(long projectId, String walkKey, String questionId) {
        return Optional.ofNullable(walks.getOrDefault(walkKey, Map.of()).get(questionId));
    }

    @Override
    public void save(long projectId, String walkKey, ChecklistAnswer answer) {
        saves++;
        walks.computeIfAbsent(walkKey, k -> new TreeMap<>()).put(answer.questionId(), answer);
    }

    @Override
    public boolean delete(long projectId, String walkKey, String questionId) {
        return walks.getOrDefault(walkKey, new TreeMap<>()).remove(questionId) != null;
    }

    @Override
    public int copyWalk(long projectId, String fromWalkKey, String toWalkKey) {
        List<ChecklistAnswer> from = list(projectId, fromWalkKey);
        from.forEach(a -> walks.computeIfAbsent(toWalkKey, k -> new TreeMap<>()).put(a.questionId(), a));
        return from.size();
    }
}
