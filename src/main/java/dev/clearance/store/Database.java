package dev.clearance.store;

import dev.clearance.domain.DiskFailure;
import dev.clearance.domain.DiskFailureException;
import dev.clearance.domain.StorageException;
import dev.clearance.domain.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded H2 file database: opened once per process, migrated by Flyway on open.
 *
 * <p>Opening never changes a database it cannot safely use: a file locked by another running
 * instance, a file from a newer Clearance (unknown migrations) or a file H2 cannot read is reported
 * as a {@link StorageException} with a message and a hint, and left as it was.
 *
 * <p>A write the disk refuses (full, over quota, read-only, failing) is a {@link DiskFailureException} naming
 * the file. H2 closes its store on such a failure and never writes again, and from then on any statement on
 * any of its sessions, even the {@code ROLLBACK} that closing a pooled connection runs, can loop forever in
 * {@code MVStore.registerVersionUsage} (H2 2.x's version accounting is left broken by the interrupted write).
 * So after a disk failure this class runs no more SQL: every use fails at once with the same exception, and
 * {@link #close()} shuts H2's database down immediately (no statement, no write) instead of the normal
 * {@code SHUTDOWN}. What was committed before is in the file (H2 writes copy-on-write chunks; the
 * interrupted one is ignored when the file is opened again), the failed transaction is not.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path location;
    private final JdbcConnectionPool pool;
    /** H2's own database object, to shut down without SQL after a disk failure; null if H2 did not say it. */
    private final org.h2.engine.Database engine;
    /** Set on the first refused write: from then on the pool and its sessions are never touched again. */
    private volatile DiskFailureException diskFailure;

    private Database(Path location, JdbcConnectionPool pool, org.h2.engine.Database engine) {
        this.location = location;
        this.pool = pool;
        this.engine = engine;
    }

    /**
     * Opens (creating if needed) the database at {@code location}: the path without H2's
     * {@code .mv.db} suffix, e.g. {@code ~/.clearance/clearance}. A path ending in {@code .mv.db}
     * is accepted too.
     */
    public static Database open(Path location) {
        return open(location, "file:");
    }

    /**
     * Opens the database at {@code location} through one of H2's file systems: {@code "file:"} is the disk;
     * tests pass the prefix of a file system they registered with H2 ({@code org.h2.store.fs.FilePath}), e.g.
     * one that fails as a full disk does.
     */
    public static Database open(Path location, String h2FileSystem) {
        Path base = stripSuffix(location.toAbsolutePath().normalize());
        Path file = dataFile(base);
        boolean existed = Files.exists(file);
        checkFileAccess(base, file, existed);
        if (existed) {
            refuseNewerSchema(h2FileSystem + base, file);
        }
        // WRITE_DELAY=0: a committed edit reaches the file at once, so a crash (even kill -9) loses nothing.
        // H2's own shutdown hook closes the file cleanly when the process is asked to stop.
        String url = "jdbc:h2:" + h2FileSystem + base + ";WRITE_DELAY=0" + (existed ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "clearance", "");
        pool.setMaxConnections(8);
        org.h2.engine.Database engine;
        try (Connection probe = pool.getConnection()) {
            probe.isValid(2);
            engine = engineOf(probe);
        } catch (SQLException e) {
            Optional<DiskFailure> disk = diskFailureIn(e);
            if (disk.isPresent()) {
                // Opening writes (recovery, headers): on a full disk H2 gives up; do not touch its sessions again.
                throw new DiskFailureException(disk.get(), file, e);
            }
            pool.dispose();
            throw translateOpenFailure(file, e);
        }
        Database db = new Database(base, pool, engine);
        try {
            db.migrate(file);
        } catch (RuntimeException e) {
            db.close();
            throw db.diskFailure != null ? db.diskFailure : e;
        }
        return db;
    }

    private static org.h2.engine.Database engineOf(Connection c) {
        try {
            return c instanceof JdbcConnection j && j.getSession() instanceof SessionLocal s ? s.getDatabase() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Looks at an existing file read-only before anything may write to it: H2 rewrites file headers
     * when a database is opened for writing, and a newer schema must stay byte-for-byte as it was.
     */
    private static void refuseNewerSchema(String base, Path file) {
        String url = "jdbc:h2:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
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
            Optional<DiskFailure> disk = diskFailureIn(e);
            if (disk.isPresent()) {
                diskFailure = new DiskFailureException(disk.get(), file, e);
                throw diskFailure;
            }
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

    /** A pooled connection; after a disk failure none: the same {@link DiskFailureException} at once. */
    Connection connection() throws SQLException {
        DiskFailureException failed = diskFailure;
        if (failed != null) {
            throw failed;
        }
        return pool.getConnection();
    }

    /** The data file, {@code location.mv.db}. */
    Path file() {
        return dataFile(location);
    }

    /**
     * The disk failure {@code failure} shows (the disk refused a write: full, quota, read-only, I/O error), or
     * null. The first one marks this database as failed: no more SQL runs on it (see the class comment).
     */
    DiskFailureException diskFailure(Throwable failure) {
        if (failure instanceof DiskFailureException d) {
            return d;
        }
        Optional<DiskFailure> disk = diskFailureIn(failure);
        if (disk.isEmpty()) {
            return diskFailure; // e.g. "database closed" right after H2 gave up on a write
        }
        synchronized (this) {
            if (diskFailure == null) {
                diskFailure = new DiskFailureException(disk.get(), file(), failure);
                // The caller says it to the user; the log keeps it for -Dclearance.log=INFO and finer.
                LOG.info(() -> "The disk refused a write to " + file() + " (" + disk.get().systemMessage()
                        + "); the database is not used again until it is opened again");
                LOG.log(Level.FINE, "The refused write", failure);
            }
            return diskFailure;
        }
    }

    /** The failure as callers get it: a disk failure, or that the database refused a change. */
    StorageException failure(SQLException e) {
        DiskFailureException disk = diskFailure(e);
        if (disk != null) {
            return disk;
        }
        return new StorageException(StorageException.Reason.FAILED,
                "The database refused a change: " + firstLine(e.getMessage()),
                "Nothing was saved by this step. Try again; if it keeps failing, report the message.", e);
    }

    /**
     * A refused write in H2's causes: the operating system's words ("No space left on device", …) if it gave
     * known ones, else an I/O error when H2's store says writing failed.
     */
    static Optional<DiskFailure> diskFailureIn(Throwable failure) {
        Optional<DiskFailure> said = DiskFailure.in(failure);
        if (said.isPresent()) {
            return said;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MVStoreException m && m.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                return Optional.of(DiskFailure.ioError(m.getCause() != null ? m.getCause().getMessage() : null));
            }
        }
        return Optional.empty();
    }

    /** The schema version after migration, e.g. {@code "1"}. */
    public String schemaVersion() {
        return new Jdbc(this).queryOne(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1",
                rs -> rs.getString(1)).orElse("0");
    }

    /**
     * Closes the database: {@code SHUTDOWN} writes what is pending and closes the file. After a disk failure
     * (before or during this shutdown) H2 has stopped writing: it is shut down immediately, without SQL, so
     * closing always ends.
     */
    @Override
    public void close() {
        if (diskFailure == null) {
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException | RuntimeException e) {
                // Already closed or never opened: nothing left to flush; or the disk refused the last write.
                diskFailure(e);
            }
        }
        if (diskFailure != null) {
            shutDownImmediately();
            return;
        }
        pool.dispose();
    }

    /**
     * Lets go of a database H2 stopped writing: closes its file and forgets it, so that it can be opened again,
     * without running a statement (which could loop forever) and without writing. The pool is left as it is:
     * disposing it would close its sessions with a {@code ROLLBACK}.
     */
    private void shutDownImmediately() {
        if (engine == null) {
            return;
        }
        try {
            engine.shutdownImmediately();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Shutting down " + file() + " after a disk failure", e);
        }
    }
}
