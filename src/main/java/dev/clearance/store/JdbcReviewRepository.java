package dev.clearance.store;

import dev.clearance.domain.review.Acknowledgement;
import dev.clearance.domain.review.Review;
import dev.clearance.domain.review.ReviewRepository;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Review revisions and sign-offs on V1's {@code review} and {@code signoff} tables; acknowledgements on V4's. */
public final class JdbcReviewRepository implements ReviewRepository {
    private static final String REVIEW_COLUMNS = "review_id, project_id, revision, state, snapshot, created_at";

    private final Jdbc jdbc;

    public JdbcReviewRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<Review> latest(long projectId) {
        return jdbc.inTransaction(c -> {
            List<Review> found = reviews(c, "SELECT " + REVIEW_COLUMNS + " FROM review WHERE project_id = ? "
                    + "ORDER BY revision DESC LIMIT 1", projectId);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Review> list(long projectId) {
        return jdbc.inTransaction(c -> reviews(c, "SELECT " + REVIEW_COLUMNS + " FROM review WHERE project_id = ? "
                + "ORDER BY revision", projectId));
    }

    @Override
    public Review open(long projectId, int revision, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (project_id, revision, state, created_at) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, projectId);
                ps.setInt(2, revision);
                ps.setString(3, ReviewState.DRAFT.id());
                ps.setObject(4, JdbcProjectRepository.odt(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Review(keys.getLong(1), projectId, revision, ReviewState.DRAFT, null, at, List.of());
                }
            }
        });
    }

    @Override
    public void updateState(long reviewId, ReviewState state) {
        jdbc.update("UPDATE review SET state = ? WHERE review_id = ?", ps -> {
            ps.setString(1, state.id());
            ps.setLong(2, reviewId);
        });
    }

    @Override
    public Review signOff(long reviewId, String snapshot, SignOff signOff) {
        return jdbc.inTransaction(c -> {
            Review review = reviews(c, "SELECT " + REVIEW_COLUMNS + " FROM review WHERE review_id = ?", reviewId)
                    .stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No review with id " + reviewId));
            if (review.snapshot() == null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE review SET snapshot = ?, state = ? WHERE review_id = ?")) {
                    ps.setString(1, snapshot);
                    ps.setString(2, ReviewState.SIGNED_OFF.id());
                    ps.setLong(3, reviewId);
                    ps.executeUpdate();
                }
            } else if (!review.snapshot().equals(snapshot)) {
                throw new IllegalStateException("Revision " + review.revision()
                        + " was signed off on different content; a new revision must be opened");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO signoff "
                    + "(review_id, reviewer, role, statement, cert_fingerprint, signed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, reviewId);
                ps.setString(2, signOff.reviewer());
                ps.setString(3, signOff.role());
                ps.setString(4, signOff.statement());
                ps.setString(5, signOff.certificateFingerprint());
                ps.setObject(6, JdbcProjectRepository.odt(signOff.signedAt()));
                ps.executeUpdate();
            }
            return reviews(c, "SELECT " + REVIEW_COLUMNS + " FROM review WHERE review_id = ?", reviewId).get(0);
        });
    }

    @Override
    public List<Acknowledgement> acknowledgements(long projectId) {
        return jdbc.query("SELECT dataset_id, rule_id, acknowledged_by, note, acknowledged_at FROM review_acknowledgement "
                        + "WHERE project_id = ? ORDER BY dataset_id, rule_id", ps -> ps.setLong(1, projectId),
                rs -> new Acknowledgement(rs.getString("dataset_id"), rs.getString("rule_id"),
                        rs.getString("acknowledged_by"), rs.getString("note"),
                        JdbcProjectRepository.instant(rs, "acknowledged_at")));
    }

    @Override
    public void acknowledge(long projectId, Acknowledgement a) {
        jdbc.update("MERGE INTO review_acknowledgement (project_id, dataset_id, rule_id, acknowledged_by, note, "
                + "acknowledged_at) KEY (project_id, dataset_id, rule_id) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, projectId);
                    ps.setString(2, a.datasetId());
                    ps.setString(3, a.rule());
                    ps.setString(4, a.by());
                    ps.setString(5, a.note());
                    ps.setObject(6, JdbcProjectRepository.odt(a.at()));
                });
    }

    private static List<Review> reviews(Connection c, String sql, long id) throws SQLException {
        List<Review> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Review(rs.getLong("review_id"), rs.getLong("project_id"), rs.getInt("revision"),
                            ReviewState.parse(rs.getString("state")).orElse(ReviewState.DRAFT), rs.getString("snapshot"),
                            JdbcProjectRepository.instant(rs, "created_at"), List.of()));
                }
            }
        }
        List<Review> withSignOffs = new ArrayList<>(rows.size());
        for (Review r : rows) {
            withSignOffs.add(new Review(r.id(), r.projectId(), r.revision(), r.state(), r.snapshot(), r.createdAt(),
                    signOffs(c, r.id())));
        }
        return withSignOffs;
    }

    private static List<SignOff> signOffs(Connection c, long reviewId) throws SQLException {
        List<SignOff> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reviewer, role, statement, cert_fingerprint, signed_at "
                + "FROM signoff WHERE review_id = ? ORDER BY signed_at, reviewer")) {
            ps.setLong(1, reviewId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SignOff(rs.getString("reviewer"), rs.getString("role"), rs.getString("statement"),
                            rs.getString("cert_fingerprint"), JdbcProjectRepository.instant(rs, "signed_at")));
                }
            }
        }
        return out;
    }
}
