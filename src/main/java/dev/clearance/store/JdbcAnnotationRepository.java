package dev.clearance.store;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.AnnotationRepository;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Annotations in H2 (table {@code annotation}, previous anchor columns from V2, own tags and
 * the table {@code project_tag} from V6). Links are stored one per
 * line: a link is an IRI and holds no whitespace.
 */
public final class JdbcAnnotationRepository implements AnnotationRepository {
    private static final String COLUMNS = "annotation_id, project_id, document_id, effective_on, start_cp, end_cp, "
            + "exact_text, prefix_text, suffix_text, tag, comment, links, creator, status, created_at, modified_at, "
            + "previous_document_id, previous_effective_on, previous_start_cp, previous_end_cp, previous_exact_text, own_tags";
    private static final String ORDER = " ORDER BY document_id, effective_on, start_cp, end_cp, annotation_id";

    private final Jdbc jdbc;

    public JdbcAnnotationRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void save(Annotation annotation) {
        saveAll(List.of(annotation));
    }

    @Override
    public void saveAll(Collection<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            merge(c, annotations);
            return null;
        });
    }

    private static void merge(Connection c, Collection<Annotation> annotations) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO annotation (" + COLUMNS + ") KEY (annotation_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Annotation a : annotations) {
                ps.setString(1, a.id());
                ps.setLong(2, a.projectId());
                ps.setString(3, a.target().documentId());
                ps.setDate(4, Date.valueOf(a.target().effectiveOn()));
                ps.setInt(5, a.start());
                ps.setInt(6, a.end());
                ps.setString(7, a.exact());
                ps.setString(8, a.prefix());
                ps.setString(9, a.suffix());
                ps.setString(10, a.tag() == null ? "" : a.tag().id());
                ps.setString(11, a.comment());
                ps.setString(12, String.join("\n", a.links()));
                ps.setString(13, a.creator());
                ps.setString(14, a.status().id());
                ps.setObject(15, JdbcProjectRepository.odt(a.created()));
                ps.setObject(16, JdbcProjectRepository.odt(a.modified()));
                PreviousAnchor p = a.previous();
                if (p == null) {
                    ps.setNull(17, Types.VARCHAR);
                    ps.setNull(18, Types.DATE);
                    ps.setNull(19, Types.INTEGER);
                    ps.setNull(20, Types.INTEGER);
                    ps.setNull(21, Types.VARCHAR);
                } else {
                    ps.setString(17, p.target().documentId());
                    ps.setDate(18, Date.valueOf(p.target().effectiveOn()));
                    ps.setInt(19, p.start());
                    ps.setInt(20, p.end());
                    ps.setString(21, p.exact());
                }
                ps.setString(22, String.join("\n", a.ownTags()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Annotation> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM annotation WHERE annotation_id = ?", ps -> ps.setString(1, id),
                JdbcAnnotationRepository::map);
    }

    @Override
    public List<Annotation> listByProject(long projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM annotation WHERE project_id = ?" + ORDER,
                ps -> ps.setLong(1, projectId), JdbcAnnotationRepository::map);
    }

    @Override
    public List<Annotation> listByTarget(long projectId, TermsRef target) {
        if (target.effectiveOn() == null) {
            throw new IllegalArgumentException("name a version, not only the document: " + target);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM annotation WHERE project_id = ? AND document_id = ? "
                + "AND effective_on = ?" + ORDER, ps -> {
                    ps.setLong(1, projectId);
                    ps.setString(2, target.documentId());
                    ps.setDate(3, Date.valueOf(target.effectiveOn()));
                }, JdbcAnnotationRepository::map);
    }

    @Override
    public List<Annotation> listByVersion(TermsRef version) {
        if (version.effectiveOn() == null) {
            throw new IllegalArgumentException("name a version, not only the document: " + version);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM annotation WHERE document_id = ? AND effective_on = ?"
                + " ORDER BY project_id, start_cp, end_cp, annotation_id", ps -> {
                    ps.setString(1, version.documentId());
                    ps.setDate(2, Date.valueOf(version.effectiveOn()));
                }, JdbcAnnotationRepository::map);
    }

    @Override
    public Optional<Annotation> delete(String id) {
        return jdbc.inTransaction(c -> {
            Optional<Annotation> existing;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE annotation_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    existing = rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
            if (existing.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation WHERE annotation_id = ?")) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
            return existing;
        });
    }

    @Override
    public void restore(Annotation deleted) {
        save(deleted);
    }

    @Override
    public List<String> definedOwnTags(long projectId) {
        return jdbc.query("SELECT tag FROM project_tag WHERE project_id = ? ORDER BY tag", ps -> ps.setLong(1, projectId),
                rs -> rs.getString("tag"));
    }

    @Override
    public void defineOwnTag(long projectId, String tag) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO project_tag (project_id, tag) KEY (project_id, tag) "
                    + "VALUES (?, ?)")) {
                ps.setLong(1, projectId);
                ps.setString(2, tag);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean removeOwnTag(long projectId, String tag) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM project_tag WHERE project_id = ? AND tag = ?")) {
                ps.setLong(1, projectId);
                ps.setString(2, tag);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Annotation map(ResultSet rs) throws SQLException {
        String previousDocument = rs.getString("previous_document_id");
        PreviousAnchor previous = previousDocument == null ? null : new PreviousAnchor(
                new TermsRef(previousDocument, rs.getDate("previous_effective_on").toLocalDate()),
                rs.getInt("previous_start_cp"), rs.getInt("previous_end_cp"), rs.getString("previous_exact_text"));
        String links = rs.getString("links");
        String ownTags = rs.getString("own_tags");
        return new Annotation(rs.getString("annotation_id"), rs.getLong("project_id"),
                new TermsRef(rs.getString("document_id"), rs.getDate("effective_on").toLocalDate()),
                rs.getInt("start_cp"), rs.getInt("end_cp"), rs.getString("exact_text"), rs.getString("prefix_text"),
                rs.getString("suffix_text"), Tag.parse(rs.getString("tag")).orElse(null),
                ownTags.isEmpty() ? List.of() : Arrays.asList(ownTags.split("\n")), rs.getString("comment"),
                links.isEmpty() ? List.of() : Arrays.asList(links.split("\n")), rs.getString("creator"),
                JdbcProjectRepository.instant(rs, "created_at"), JdbcProjectRepository.instant(rs, "modified_at"),
                status(rs.getString("status")), previous);
    }

    private static AnchorStatus status(String stored) {
        return AnchorStatus.parse(stored).orElseThrow(() -> new IllegalStateException(
                "annotation status '" + stored + "' is not one of " + AnchorStatus.ids()));
    }
}
