package dev.clearance.store;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.DuplicateNameException;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.ProjectSummary;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.RiskLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Projects in H2. */
public final class JdbcProjectRepository implements ProjectRepository {
    private static final String COLUMNS =
            "id, name, model_name, purpose, distribution, commercial, expected_mau, regions, created_at, modified_at";

    private final Jdbc jdbc;

    public JdbcProjectRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public List<ProjectSummary> listSummaries() {
        return jdbc.query("""
                SELECT p.id, p.name, p.model_name, p.overall_risk, p.modified_at,
                       (SELECT COUNT(*) FROM dataset d WHERE d.project_id = p.id AND NOT d.removed) AS datasets
                FROM project p ORDER BY p.modified_at DESC, p.name""", ps -> { },
                rs -> new ProjectSummary(rs.getLong("id"), rs.getString("name"), rs.getString("model_name"),
                        rs.getInt("datasets"), RiskLevel.parse(rs.getString("overall_risk")),
                        instant(rs, "modified_at")));
    }

    @Override
    public Optional<Project> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM project WHERE name = ?", ps -> ps.setString(1, name),
                JdbcProjectRepository::map);
    }

    @Override
    public Optional<Project> findById(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM project WHERE id = ?", ps -> ps.setLong(1, id),
                JdbcProjectRepository::map);
    }

    @Override
    public Project create(ProjectSettings s) {
        // The database keeps microseconds: return exactly what a later read will see.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long id = jdbc.inTransaction(c -> insert(c, s, now));
        return new Project(id, s, now, now);
    }

    @Override
    public void update(long projectId, ProjectSettings s) {
        jdbc.inTransaction(c -> {
            update(c, projectId, s);
            touch(c, projectId);
            return null;
        });
    }

    @Override
    public void delete(long projectId) {
        jdbc.update("DELETE FROM project WHERE id = ?", ps -> ps.setLong(1, projectId));
    }

    @Override
    public void recordOverallRisk(long projectId, RiskLevel overall) {
        jdbc.update("UPDATE project SET overall_risk = ? WHERE id = ?", ps -> {
            ps.setString(1, overall.id());
            ps.setLong(2, projectId);
        });
    }

    /** Marks a project as modified now (called by repositories that change its contents). */
    static void touch(Connection c, long projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE project SET modified_at = ? WHERE id = ?")) {
            ps.setObject(1, odt(Instant.now()));
            ps.setLong(2, projectId);
            ps.executeUpdate();
        }
    }

    /**
     * Inserts a project on the caller's connection, so that other writes can share the transaction.
     *
     * @throws DuplicateNameException when the name is taken
     */
    static long insert(Connection c, ProjectSettings s, Instant now) throws SQLException {
        refuseTakenName(c, s.name(), -1);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO project (name, model_name, purpose, distribution, commercial, expected_mau, regions,
                                     created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            bindSettings(ps, s);
            ps.setObject(8, odt(now));
            ps.setObject(9, odt(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Updates a project's settings on the caller's connection. */
    static void update(Connection c, long projectId, ProjectSettings s) throws SQLException {
        refuseTakenName(c, s.name(), projectId);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE project SET name = ?, model_name = ?, purpose = ?, distribution = ?, commercial = ?,
                       expected_mau = ?, regions = ? WHERE id = ?""")) {
            bindSettings(ps, s);
            ps.setLong(8, projectId);
            ps.executeUpdate();
        }
    }

    private static void refuseTakenName(Connection c, String name, long exceptId) throws SQLException {
        try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM project WHERE name = ? AND id <> ?")) {
            check.setString(1, name);
            check.setLong(2, exceptId);
            if (check.executeQuery().next()) {
                throw new DuplicateNameException("A project named \"" + name + "\" already exists.");
            }
        }
    }

    private static void bindSettings(PreparedStatement ps, ProjectSettings s) throws SQLException {
        ps.setString(1, s.name());
        ps.setString(2, s.modelName());
        ps.setString(3, s.purpose().id());
        ps.setString(4, s.distribution().id());
        ps.setBoolean(5, s.commercial());
        if (s.expectedMau() == null) {
            ps.setNull(6, Types.BIGINT);
        } else {
            ps.setLong(6, s.expectedMau());
        }
        ps.setString(7, String.join(",", s.regions()));
    }

    private static Project map(ResultSet rs) throws SQLException {
        long mau = rs.getLong("expected_mau");
        Long expectedMau = rs.wasNull() ? null : mau;
        String regions = rs.getString("regions");
        ProjectSettings s = new ProjectSettings(rs.getString("name"), rs.getString("model_name"),
                Purpose.parse(rs.getString("purpose")).orElse(Purpose.OTHER),
                Distribution.parse(rs.getString("distribution")).orElse(Distribution.INTERNAL),
                rs.getBoolean("commercial"), expectedMau,
                regions.isEmpty() ? List.of() : Arrays.asList(regions.split(",")));
        return new Project(rs.getLong("id"), s, instant(rs, "created_at"), instant(rs, "modified_at"));
    }

    static OffsetDateTime odt(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
