package dev.clearance.store;

import dev.clearance.domain.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: every write runs in a transaction that commits whole or not at all. */
final class Jdbc {
    private final Database db;

    Jdbc(Database db) {
        this.db = db;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T inTransaction(TransactionWork<T> work) {
        Connection c = connect();
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            c.close();
            return result;
        } catch (SQLException | RuntimeException e) {
            StorageException disk = db.diskFailure(e);
            if (disk != null) {
                // H2 has given up on the file: a ROLLBACK (or closing the connection, which runs one) could hang.
                throw disk;
            }
            try {
                c.rollback();
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof SQLException s ? db.failure(s) : (RuntimeException) e;
        }
    }

    private Connection connect() {
        try {
            return db.connection();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    void update(String sql, Binder binder) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        Connection c = connect();
        try {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
            }
            c.close();
            return out;
        } catch (SQLException | RuntimeException e) {
            StorageException disk = db.diskFailure(e);
            if (disk != null) {
                throw disk;
            }
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof SQLException s ? db.failure(s) : (RuntimeException) e;
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper) {
        return query(sql, ps -> { }, mapper).stream().findFirst();
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper).stream().findFirst();
    }

    /** A failure inside a transaction's work; {@link #inTransaction} tells a disk failure from the others. */
    static StorageException failure(SQLException e) {
        return new StorageException(StorageException.Reason.FAILED,
                "The database refused a change: " + Database.firstLine(e.getMessage()),
                "Nothing was saved by this step. Try again; if it keeps failing, report the message.", e);
    }
}
