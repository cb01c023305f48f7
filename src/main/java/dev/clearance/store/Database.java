package dev.clearance.store;

import dev.clearance.domain.StorageException;
import dev.clearance.domain.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database: opened once per process, migrated by Flyway on open.
 *
 * <p>Opening never changes a database it cannot safely use: a file locked by another running
 * instance, a file from a newer Clearance (unknown migrations) or a file H2 cannot read is reported
 * as a {@link StorageException} with a message and a hint, and left as it was.
 */
public final class Database implements AutoCloseable {
    private final Path location;
    private final JdbcConnectionPool pool;

    private Database(Path location, JdbcConnectionPool pool) {
        this.location = location;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database at {@code location}: the path without H2's
     * {@code .mv.db} suffix, e.g. {@code ~/.clearance/clearance}. A path ending in {@code .mv.db}
     * is accepted too.
     */
    public static Database open(Path location) {
        Path base = stripSuffix(location.toAbsolutePath().normalize());
        Path file = dataFile(base);
        boolean existed = Files.exists(file);
        checkFileAccess(base, file, existed);
        if (existed) {
            refuseNewerSchema(base, file);
        }
        // WRITE_DELAY=0: a committed edit reaches the file at once, so a crash (even kill -9) loses nothing.
        // H2's own shutdown hook closes the file cleanly when the process is asked to stop.
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (existed ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "clearance", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(file, e);
        }
        Database db = new Database(base, pool);
        try {
            db.migrate(file);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Looks at an existing file read-only before anything may write to it: H2 rewrites file headers
     * when a database is opened for writing, and a newer schema must stay byte-for-byte as it was.
     */
    private static void refuseNewerSchema(Path base, Path file) {
        String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        JdbcConnectionPool readOnly = JdbcConnectionPool.create(url, "clearance", "");
        try (Connection c = readOnly.getConnection()) {
            boolean hasHistory;
            try (ResultSet rs = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                hasHistory = rs.next();
            }
            if (!hasHistory) {
                return;
            }
            MigrationInfo[] applied = flyway(readOnly).info().applied();
            Arrays.stream(applied)
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                            || m.getState() == MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b)
                    .ifPresent(newest -> {
                        throw new StorageException(Reason.NEWER_SCHEMA,
                                "The database " + file + " was written by a newer version of Clearance (schema version "
                                        + newest.getVersion() + "; this version knows up to " + knownVersion(readOnly) + ").",
                                "Open it with that newer version, or start this one with another database (--db PATH). "
                                        + "The file was not changed.", null);
                    });
        } catch (SQLException e) {
            throw translateOpenFailure(file, e);
        } catch (FlywayException e) {
            throw new StorageException(Reason.FAILED,
                    "The database " + file + " could not be checked: " + firstLine(e.getMessage()),
                    "Make a copy of the file, then report this problem with the message above.", e);
        } finally {
            readOnly.dispose();
        }
    }

    private static String knownVersion(JdbcConnectionPool pool) {
        return Arrays.stream(flyway(pool).info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("0");
    }

    private static Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    private void migrate(Path file) {
        try {
            flyway(pool).migrate();
        } catch (FlywayException e) {
            throw new StorageException(Reason.FAILED,
                    "The database " + file + " could not be prepared: " + firstLine(e.getMessage()),
                    "Make a copy of the file, then report this problem with the message above.", e);
        }
    }

    private static void checkFileAccess(Path base, Path file, boolean existed) {
        Path folder = base.getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (Exception e) {
            throw new StorageException(Reason.NOT_WRITABLE,
                    "Cannot create the database folder " + folder + ": " + e.getMessage(),
                    "Choose a folder you can write to with --db PATH or CLEARANCE_DB.", e);
        }
        if (existed && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new StorageException(Reason.NOT_WRITABLE,
                    "The database file " + file + " cannot be " + (Files.isReadable(file) ? "written." : "read."),
                    "Check the file's permissions, or start with another database (--db PATH).", null);
        }
    }

    private static StorageException translateOpenFailure(Path file, SQLException e) {
        int code = rootSqlCode(e);
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || mentions(e, "already in use") || mentions(e, "locked")) {
            return new StorageException(Reason.LOCKED,
                    "The database " + file + " is in use by another running Clearance (or another program).",
                    "Close the other window or command and try again, or start with another database (--db PATH).", e);
        }
        // The file exists and is readable (checked before), so an I/O failure means H2 cannot parse it.
        boolean unreadable = java.nio.file.Files.isRegularFile(file)
                && (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2);
        if (unreadable || code == ErrorCode.FILE_VERSION_ERROR_1 || code == ErrorCode.FILE_CORRUPTED_1
                || code == ErrorCode.GENERAL_ERROR_1 || mentions(e, "corrupt") || mentions(e, "not a database")
                || mentions(e, "Unsupported") || mentions(e, "read format")) {
            return new StorageException(Reason.CORRUPT,
                    "The file " + file + " is not a Clearance database H2 can read (" + firstLine(e.getMessage()) + ").",
                    "Restore it from a backup, or start with another database (--db PATH). The file was not changed.", e);
        }
        return new StorageException(Reason.FAILED,
                "The database " + file + " could not be opened: " + firstLine(e.getMessage()),
                "Check the path and permissions, or start with another database (--db PATH).", e);
    }

    private static int rootSqlCode(SQLException e) {
        int code = e.getErrorCode();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                code = s.getErrorCode();
            }
        }
        return code;
    }

    private static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains(words.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // H2 appends " [90020-252]" style codes: useful to us, noise to users.
        return line.replaceAll(" \\[\\d+-\\d+]$", "").trim();
    }

    private static Path stripSuffix(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return p.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return p;
    }

    /** The H2 data file for a database location. */
    public static Path dataFile(Path location) {
        Path base = stripSuffix(location.toAbsolutePath().normalize());
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** Where this database lives (without the {@code .mv.db} suffix). */
    public Path location() {
        return location;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The schema version after migration, e.g. {@code "1"}. */
    public String schemaVersion() {
        return new Jdbc(this).queryOne(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1",
                rs -> rs.getString(1)).orElse("0");
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed or never opened: nothing left to flush.
        }
        pool.dispose();
    }
}
