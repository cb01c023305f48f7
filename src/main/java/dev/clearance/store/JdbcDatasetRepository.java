package dev.clearance.store;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.SourceType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A project's datasets in H2, kept in inventory order. */
public final class JdbcDatasetRepository implements DatasetRepository {
    private static final String COLUMNS = "dataset_id, name, source_type, generator_model, generator_provider, access, "
            + "collected_on, license, uses, records, terms, owner, notes, removed";
    private static final String MERGE = "MERGE INTO dataset (project_id, position, " + COLUMNS
            + ") KEY (project_id, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final Jdbc jdbc;

    public JdbcDatasetRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public List<Dataset> list(long projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dataset WHERE project_id = ? ORDER BY position",
                ps -> ps.setLong(1, projectId), JdbcDatasetRepository::map);
    }

    @Override
    public Optional<Dataset> find(long projectId, String datasetId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM dataset WHERE project_id = ? AND dataset_id = ?", ps -> {
            ps.setLong(1, projectId);
            ps.setString(2, datasetId);
        }, JdbcDatasetRepository::map);
    }

    @Override
    public void save(long projectId, Dataset dataset) {
        jdbc.inTransaction(c -> {
            int position = positionOf(c, projectId, dataset.id());
            try (PreparedStatement ps = c.prepareStatement(MERGE)) {
                bind(ps, projectId, position, dataset);
                ps.executeUpdate();
            }
            JdbcProjectRepository.touch(c, projectId);
            return null;
        });
    }

    @Override
    public void saveAll(long projectId, List<Dataset> datasets) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(MERGE)) {
                int position = 0;
                for (Dataset d : datasets) {
                    bind(ps, projectId, position++, d);
                    ps.addBatch();
                    if (position % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            JdbcProjectRepository.touch(c, projectId);
            return null;
        });
    }

    @Override
    public void delete(long projectId, String datasetId) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE project_id = ? AND dataset_id = ?")) {
                ps.setLong(1, projectId);
                ps.setString(2, datasetId);
                ps.executeUpdate();
            }
            JdbcProjectRepository.touch(c, projectId);
            return null;
        });
    }

    @Override
    public int count(long projectId) {
        return jdbc.queryOne("SELECT COUNT(*) FROM dataset WHERE project_id = ? AND NOT removed",
                ps -> ps.setLong(1, projectId), rs -> rs.getInt(1)).orElse(0);
    }

    /** Keeps an existing dataset's place; appends a new one at the end. */
    private static int positionOf(Connection c, long projectId, String datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT COALESCE((SELECT position FROM dataset WHERE project_id = ? AND dataset_id = ?),
                                (SELECT COALESCE(MAX(position) + 1, 0) FROM dataset WHERE project_id = ?))""")) {
            ps.setLong(1, projectId);
            ps.setString(2, datasetId);
            ps.setLong(3, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, long projectId, int position, Dataset d) throws SQLException {
        ps.setLong(1, projectId);
        ps.setInt(2, position);
        ps.setString(3, d.id());
        ps.setString(4, d.name());
        ps.setString(5, d.sourceType().id());
        ps.setString(6, d.generatorModel());
        ps.setString(7, d.generatorProvider());
        ps.setString(8, d.access());
        ps.setDate(9, d.collectedOn() == null ? null : Date.valueOf(d.collectedOn()));
        ps.setString(10, d.license());
        ps.setString(11, String.join(";", d.uses()));
        if (d.records() == null) {
            ps.setNull(12, Types.BIGINT);
        } else {
            ps.setLong(12, d.records());
        }
        ps.setString(13, d.terms());
        ps.setString(14, d.owner());
        ps.setString(15, d.notes());
        ps.setBoolean(16, d.removed());
    }

    private static Dataset map(ResultSet rs) throws SQLException {
        Date collected = rs.getDate("collected_on");
        long records = rs.getLong("records");
        Long recordCount = rs.wasNull() ? null : records;
        String uses = rs.getString("uses");
        return new Dataset(rs.getString("dataset_id"), rs.getString("name"),
                SourceType.parse(rs.getString("source_type")).orElseThrow(),
                rs.getString("generator_model"), rs.getString("generator_provider"), rs.getString("access"),
                collected == null ? null : collected.toLocalDate(), rs.getString("license"),
                uses.isEmpty() ? List.of() : Arrays.asList(uses.split(";")), recordCount,
                rs.getString("terms"), rs.getString("owner"), rs.getString("notes"), rs.getBoolean("removed"));
    }
}
