package dev.clearance.store;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.StoredClause;
import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Users' terms documents, versions with full text and detected clauses, and model mappings, in H2. */
public final class JdbcTermsRepository implements TermsRepository {
    private static final String DOCUMENT_COLUMNS = "document_id, provider, title, channel, source_url, origin, created_at";
    /** Where a stored text was recorded (V5); recorded_on is NULL when it is not known. */
    private static final String SOURCE_COLUMNS = "source_repository, source_url, source_path, source_commit, recorded_on, "
            + "stated_effective";

    private final Jdbc jdbc;

    public JdbcTermsRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public List<StoredDocument> listDocuments() {
        return jdbc.query("SELECT " + DOCUMENT_COLUMNS + " FROM terms_document ORDER BY document_id", ps -> { },
                JdbcTermsRepository::document);
    }

    @Override
    public Optional<StoredDocument> findDocument(String documentId) {
        return jdbc.queryOne("SELECT " + DOCUMENT_COLUMNS + " FROM terms_document WHERE document_id = ?",
                ps -> ps.setString(1, documentId), JdbcTermsRepository::document);
    }

    @Override
    public void saveVersion(StoredDocument document, StoredVersion version) {
        if (!document.documentId().equals(version.documentId())) {
            throw new IllegalArgumentException("The version belongs to " + version.documentId() + ", not "
                    + document.documentId());
        }
        jdbc.inTransaction(c -> {
            write(c, document, version);
            return null;
        });
    }

    @Override
    public void saveVersions(List<VersionWrite> writes) {
        for (VersionWrite w : writes) {
            if (!w.document().documentId().equals(w.version().documentId())) {
                throw new IllegalArgumentException("The version belongs to " + w.version().documentId() + ", not "
                        + w.document().documentId());
            }
        }
        jdbc.inTransaction(c -> {
            for (VersionWrite w : writes) {
                write(c, w.document(), w.version());
            }
            return null;
        });
    }

    private static void write(Connection c, StoredDocument document, StoredVersion version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO terms_document (" + DOCUMENT_COLUMNS
                + ") KEY (document_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, document.documentId());
            ps.setString(2, document.provider());
            ps.setString(3, document.title());
            ps.setString(4, document.channel() == null ? "" : document.channel().id());
            ps.setString(5, document.sourceUrl());
            ps.setString(6, document.origin().id());
            ps.setObject(7, JdbcProjectRepository.odt(document.createdAt()));
            ps.executeUpdate();
        }
        deleteVersion(c, version.documentId(), version.effectiveOn());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO terms_version (document_id, effective_on, "
                + "full_text, source_file, text_sha256, added_at, " + SOURCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, version.documentId());
            ps.setObject(2, version.effectiveOn());
            ps.setString(3, version.fullText());
            ps.setString(4, version.sourceFile());
            ps.setString(5, version.textSha256());
            ps.setObject(6, JdbcProjectRepository.odt(version.addedAt()));
            Provenance p = version.provenance();
            ps.setString(7, p == null ? "" : p.repository());
            ps.setString(8, p == null ? "" : p.url());
            ps.setString(9, p == null ? "" : p.path());
            ps.setString(10, p == null ? "" : p.commit());
            ps.setObject(11, p == null ? null : p.recordedOn(), Types.DATE);
            ps.setObject(12, p == null ? null : p.statedEffective(), Types.DATE);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO terms_clause (document_id, effective_on, "
                + "ordinal, section, heading, excerpt, tags, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredClause clause : version.clauses()) {
                ps.setString(1, version.documentId());
                ps.setObject(2, version.effectiveOn());
                ps.setInt(3, clause.ordinal());
                ps.setString(4, clause.section());
                ps.setString(5, clause.heading());
                ps.setString(6, clause.excerpt());
                ps.setString(7, clause.tagsColumn());
                setInteger(ps, 8, clause.startOffset());
                setInteger(ps, 9, clause.endOffset());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<StoredVersion> listVersions(String documentId) {
        // A row that vanished between the two queries (removed meanwhile) is left out, never an error.
        return listVersionDates(documentId).stream().map(day -> findVersion(documentId, day))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public List<LocalDate> listVersionDates(String documentId) {
        return jdbc.query("SELECT effective_on FROM terms_version WHERE document_id = ? ORDER BY effective_on",
                ps -> ps.setString(1, documentId), rs -> rs.getObject("effective_on", LocalDate.class));
    }

    @Override
    public Optional<StoredVersion> findVersion(String documentId, LocalDate effectiveOn) {
        List<StoredClause> clauses = jdbc.query("SELECT ordinal, section, heading, excerpt, tags, start_offset, end_offset "
                        + "FROM terms_clause WHERE document_id = ? AND effective_on = ? ORDER BY ordinal", ps -> {
                    ps.setString(1, documentId);
                    ps.setObject(2, effectiveOn);
                }, rs -> new StoredClause(rs.getInt("ordinal"), rs.getString("section"), rs.getString("heading"),
                        rs.getString("excerpt"), StoredClause.parseTagsColumn(rs.getString("tags")),
                        integer(rs, "start_offset"), integer(rs, "end_offset")));
        return jdbc.queryOne("SELECT document_id, effective_on, full_text, source_file, text_sha256, added_at, "
                        + SOURCE_COLUMNS + " FROM terms_version WHERE document_id = ? AND effective_on = ?", ps -> {
                    ps.setString(1, documentId);
                    ps.setObject(2, effectiveOn);
                }, rs -> new StoredVersion(rs.getString("document_id"), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("full_text"), rs.getString("source_file"), rs.getString("text_sha256"),
                        JdbcProjectRepository.instant(rs, "added_at"), clauses, provenance(rs)));
    }

    @Override
    public boolean deleteVersion(String documentId, LocalDate effectiveOn) {
        return jdbc.inTransaction(c -> deleteVersion(c, documentId, effectiveOn));
    }

    private static boolean deleteVersion(Connection c, String documentId, LocalDate effectiveOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM terms_version WHERE document_id = ? AND effective_on = ?")) {
            ps.setString(1, documentId);
            ps.setObject(2, effectiveOn);
            return ps.executeUpdate() > 0;
        }
    }

    @Override
    public boolean deleteDocument(String documentId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM terms_document WHERE document_id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM terms_version v WHERE v.document_id = terms_document.document_id)")) {
                ps.setString(1, documentId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<ModelMapping> listMappings() {
        return jdbc.query("SELECT id, model_pattern, provider, access, document_ids, note, created_at FROM model_mapping "
                + "ORDER BY id", ps -> { }, rs -> new ModelMapping(rs.getLong("id"), rs.getString("model_pattern"),
                rs.getString("provider"), rs.getString("access"),
                ModelMapping.parseDocumentIdsColumn(rs.getString("document_ids")),
                rs.getString("note"), JdbcProjectRepository.instant(rs, "created_at")));
    }

    @Override
    public ModelMapping addMapping(ModelMapping mapping) {
        Instant now = (mapping.createdAt() == null ? Instant.now() : mapping.createdAt()).truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_mapping (model_pattern, provider, access, "
                    + "document_ids, note, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, mapping.modelPattern());
                ps.setString(2, mapping.provider());
                ps.setString(3, mapping.access());
                ps.setString(4, mapping.documentIdsColumn());
                ps.setString(5, mapping.note());
                ps.setObject(6, JdbcProjectRepository.odt(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return mapping.withId(id, now);
    }

    @Override
    public boolean deleteMapping(long id) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM model_mapping WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The provenance columns of a version row; null when the row records none. */
    private static Provenance provenance(ResultSet rs) throws SQLException {
        LocalDate recorded = rs.getObject("recorded_on", LocalDate.class);
        if (recorded == null) {
            return null;
        }
        LocalDate stated = rs.getObject("stated_effective", LocalDate.class);
        return new Provenance(rs.getString("source_repository"), rs.getString("source_url"), rs.getString("source_path"),
                rs.getString("source_commit"), recorded, stated,
                rs.getString("text_sha256"), "", false);
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("document_id"), rs.getString("provider"), rs.getString("title"),
                Channel.parse(rs.getString("channel")).orElse(null), rs.getString("source_url"),
                DocumentOrigin.parse(rs.getString("origin")).orElse(DocumentOrigin.USER),
                JdbcProjectRepository.instant(rs, "created_at"));
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
