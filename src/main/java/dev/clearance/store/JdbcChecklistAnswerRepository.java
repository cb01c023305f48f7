package dev.clearance.store;

import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.checklist.OverrideReason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Guided-walk answers in H2 (table {@code checklist_answer}); every answer is saved as it is entered. */
public final class JdbcChecklistAnswerRepository implements ChecklistAnswerRepository {
    private static final String COLUMNS = "question_id, answer, status, reason, comment, updated_by, updated_at";
    private static final String MERGE = "MERGE INTO checklist_answer (project_id, walk_key, " + COLUMNS
            + ") KEY (project_id, walk_key, question_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    public JdbcChecklistAnswerRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public List<ChecklistAnswer> list(long projectId, String walkKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM checklist_answer WHERE project_id = ? AND walk_key = ? "
                + "ORDER BY question_id", ps -> {
                    ps.setLong(1, projectId);
                    ps.setString(2, walkKey);
                }, JdbcChecklistAnswerRepository::map);
    }

    @Override
    public Map<String, List<ChecklistAnswer>> listByWalk(long projectId) {
        Map<String, List<ChecklistAnswer>> walks = new LinkedHashMap<>();
        jdbc.query("SELECT walk_key, " + COLUMNS + " FROM checklist_answer WHERE project_id = ? "
                + "ORDER BY walk_key, question_id", ps -> ps.setLong(1, projectId), rs -> {
                    walks.computeIfAbsent(rs.getString("walk_key"), k -> new ArrayList<>()).add(map(rs));
                    return null;
                });
        return walks;
    }

    @Override
    public Optional<ChecklistAnswer> find(long projectId, String walkKey, String questionId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM checklist_answer WHERE project_id = ? AND walk_key = ? "
                + "AND question_id = ?", ps -> {
                    ps.setLong(1, projectId);
                    ps.setString(2, walkKey);
                    ps.setString(3, questionId);
                }, JdbcChecklistAnswerRepository::map);
    }

    @Override
    public void save(long projectId, String walkKey, ChecklistAnswer answer) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(MERGE)) {
                bind(ps, projectId, walkKey, answer);
                ps.executeUpdate();
            }
            JdbcProjectRepository.touch(c, projectId);
            return null;
        });
    }

    @Override
    public boolean delete(long projectId, String walkKey, String questionId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM checklist_answer WHERE project_id = ? AND walk_key = ? AND question_id = ?")) {
                ps.setLong(1, projectId);
                ps.setString(2, walkKey);
                ps.setString(3, questionId);
                int deleted = ps.executeUpdate();
                JdbcProjectRepository.touch(c, projectId);
                return deleted > 0;
            }
        });
    }

    @Override
    public int copyWalk(long projectId, String fromWalkKey, String toWalkKey) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO checklist_answer (project_id, walk_key, "
                    + COLUMNS + ") KEY (project_id, walk_key, question_id) SELECT project_id, ?, " + COLUMNS
                    + " FROM checklist_answer WHERE project_id = ? AND walk_key = ?")) {
                ps.setString(1, toWalkKey);
                ps.setLong(2, projectId);
                ps.setString(3, fromWalkKey);
                int copied = ps.executeUpdate();
                JdbcProjectRepository.touch(c, projectId);
                return copied;
            }
        });
    }

    private static void bind(PreparedStatement ps, long projectId, String walkKey, ChecklistAnswer a) throws SQLException {
        ps.setLong(1, projectId);
        ps.setString(2, walkKey);
        ps.setString(3, a.questionId());
        ps.setString(4, a.answer());
        ps.setString(5, a.status().id());
        ps.setString(6, a.reason() == null ? "" : a.reason().id());
        ps.setString(7, a.comment());
        ps.setString(8, a.updatedBy());
        ps.setObject(9, JdbcProjectRepository.odt(a.updatedAt()));
    }

    private static ChecklistAnswer map(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        String reason = rs.getString("reason");
        return new ChecklistAnswer(rs.getString("question_id"), rs.getString("answer"),
                AnswerStatus.parse(status).orElseThrow(() -> new SQLException("Unknown answer status '" + status + "'")),
                reason.isEmpty() ? null : OverrideReason.parse(reason).orElseThrow(
                        () -> new SQLException("Unknown override reason '" + reason + "'")),
                rs.getString("comment"), rs.getString("updated_by"),
                JdbcProjectRepository.instant(rs, "updated_at"));
    }
}
