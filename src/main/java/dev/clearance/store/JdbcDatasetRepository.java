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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A project's datasets in H2, kept in inventory order. */
public final class JdbcDatasetRepository implements DatasetRepository {
    private static final String COLUMNS = "dataset_id, name, source_type, generator_model, generator_provider, access, "
            + "collected_on, license, uses, records, terms, owner, notes, removed";
    private static final String ROW_PARAMETERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MERGE = "MERGE INTO dataset (project_id, position, " + COLUMNS
            + ") KEY (project_id, dataset_id) VALUES " + ROW_PARAMETERS;
    private static final int PARAMETERS_PER_ROW = 16;
    private static final int BATCH = 1000;
    /** Rows per INSERT when filling a new project: one multi-row statement costs H2 far less than 100 batched ones. */
    private static final int ROWS_PER_INSERT = 100;

    private final Database db;
    private final Jdbc jdbc;

    public JdbcDatasetRepository(Database db) {
        this.db = db;
        this.jdbc = new Jdbc(db);
    }

    @Override
    public List<Dataset> list(long projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dataset WHERE project_id = ? ORDER BY position",
                ps -> ps.setLong(1, projectId), JdbcDatasetRepository::map);
    }

    @Override
    public void forEach(long projectId, Consumer<Dataset> action) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT " + COLUMNS + " FROM dataset WHERE project_id = ? ORDER BY position")) {
            ps.setFetchSize(BATCH);
            ps.setLong(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(map(rs));
                }
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
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

    @Override
    public long replaceInventory(InventoryReplacement replacement) {
        return jdbc.inTransaction(c -> {
            boolean newProject = replacement.projectId().isEmpty();
            long projectId = newProject ? JdbcProjectRepository.insert(c, replacement.settings(), Instant.now()) : replacement.projectId().getAsLong();
            // A new project has no rows to replace: plain multi-row INSERTs are markedly faster than MERGE.
            int written = newProject ? insertAll(c, projectId, replacement) : mergeAll(c, projectId, replacement);
            markRemoved(c, projectId, replacement, written);
            JdbcProjectRepository.update(c, projectId, replacement.settings()); // the stream may have settled them
            JdbcAuditRepository.insert(c, replacement.auditEvents(projectId));
            JdbcProjectRepository.touch(c, projectId);
            return projectId;
        });
    }

    private static int mergeAll(Connection c, long projectId, InventoryReplacement replacement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MERGE)) {
            int[] position = {0};
            replacement.streamDatasets(d -> {
                try {
                    bind(ps, projectId, position[0]++, d.withRemoved(false));
                    ps.addBatch();
                    if (position[0] % BATCH == 0) {
                        ps.executeBatch();
                    }
                } catch (SQLException e) {
                    throw Jdbc.failure(e);
                }
            });
            ps.executeBatch();
            return position[0];
        }
    }

    private static int insertAll(Connection c, long projectId, InventoryReplacement replacement) throws SQLException {
        List<Dataset> pending = new ArrayList<>(ROWS_PER_INSERT);
        int[] position = {0};
        try (PreparedStatement full = c.prepareStatement(insertRows(ROWS_PER_INSERT))) {
            replacement.streamDatasets(d -> {
                pending.add(d.withRemoved(false));
                if (pending.size() == ROWS_PER_INSERT) {
                    try {
                        insert(full, projectId, position[0], pending);
                    } catch (SQLException e) {
                        throw Jdbc.failure(e);
                    }
                    position[0] += pending.size();
                    pending.clear();
                }
            });
        }
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = c.prepareStatement(insertRows(pending.size()))) {
                insert(rest, projectId, position[0], pending);
            }
            position[0] += pending.size();
        }
        return position[0];
    }

    private static void insert(PreparedStatement ps, long projectId, int firstPosition, List<Dataset> rows)
            throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            bind(ps, i * PARAMETERS_PER_ROW, projectId, firstPosition + i, rows.get(i));
        }
        ps.executeUpdate();
    }

    private static String insertRows(int rows) {
        return "INSERT INTO dataset (project_id, position, " + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, ROW_PARAMETERS));
    }

    /** Datasets no longer listed stay (with the reviewer's work on them), flagged and placed after the listed ones. */
    private static void markRemoved(Connection c, long projectId, InventoryReplacement replacement, int firstPosition)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE dataset SET removed = TRUE, position = ? WHERE project_id = ? AND dataset_id = ?")) {
            int position = firstPosition;
            for (String id : replacement.removedIds()) {
                ps.setInt(1, position++);
                ps.setLong(2, projectId);
                ps.setString(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
        bind(ps, 0, projectId, position, d);
    }

    /** Binds one row's 16 parameters starting after parameter {@code offset} (multi-row statements). */
    private static void bind(PreparedStatement ps, int offset, long projectId, int position, Dataset d) throws SQLException {
        ps.setLong(offset + 1, projectId);
        ps.setInt(offset + 2, position);
        ps.setString(offset + 3, d.id());
        ps.setString(offset + 4, d.name());
        ps.setString(offset + 5, d.sourceType().id());
        ps.setString(offset + 6, d.generatorModel());
        ps.setString(offset + 7, d.generatorProvider());
        ps.setString(offset + 8, d.access());
        ps.setDate(offset + 9, d.collectedOn() == null ? null : Date.valueOf(d.collectedOn()));
        ps.setString(offset + 10, d.license());
        ps.setString(offset + 11, String.join(";", d.uses()));
        if (d.records() == null) {
            ps.setNull(offset + 12, Types.BIGINT);
        } else {
            ps.setLong(offset + 12, d.records());
        }
        ps.setString(offset + 13, d.terms());
        ps.setString(offset + 14, d.owner());
        ps.setString(offset + 15, d.notes());
        ps.setBoolean(offset + 16, d.removed());
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
