package dev.clearance.store;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.AuditRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The append-only audit trail in H2. */
public final class JdbcAuditRepository implements AuditRepository {
    private final Jdbc jdbc;

    public JdbcAuditRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void append(AuditEvent e) {
        jdbc.inTransaction(c -> {
            insert(c, List.of(e));
            return null;
        });
    }

    /** Appends events on the caller's connection, so that they commit with the change they record. */
    static void insert(Connection c, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event "
                + "(project_id, at, actor, action, subject, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                if (e.projectId() == null) {
                    ps.setNull(1, Types.BIGINT);
                } else {
                    ps.setLong(1, e.projectId());
                }
                ps.setObject(2, JdbcProjectRepository.odt(e.at()));
                ps.setString(3, e.actor());
                ps.setString(4, e.action());
                ps.setString(5, e.subject());
                ps.setString(6, e.oldValue());
                ps.setString(7, e.newValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<AuditEvent> list(long projectId) {
        return jdbc.query("SELECT project_id, at, actor, action, subject, old_value, new_value FROM audit_event "
                        + "WHERE project_id = ? ORDER BY event_id", ps -> ps.setLong(1, projectId),
                rs -> new AuditEvent(rs.getLong("project_id"), JdbcProjectRepository.instant(rs, "at"),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("old_value"), rs.getString("new_value")));
    }
}
