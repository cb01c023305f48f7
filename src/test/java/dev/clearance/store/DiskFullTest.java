package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.bench.InventoryBenchmark;
import dev.clearance.domain.DiskFailureException;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.StorageException;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.testing.FullDisk;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A disk that fills up under the database (H2's real write path, failing through {@link FullDisk}): the failure
 * names the file and what the disk said, nothing runs on the database afterwards, closing ends at once, and
 * the file holds everything committed before and nothing of the failed transaction.
 */
class DiskFullTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    FullDisk.Disk disk;
    Path location;
    Path file;

    @BeforeEach
    void disk() {
        disk = FullDisk.at(dir);
        location = dir.resolve("db");
        file = Database.dataFile(location);
    }

    @AfterEach
    void free() {
        disk.close();
    }

    private static InventoryImportService importer(Database db) {
        return new InventoryImportService(new JdbcProjectRepository(db), new JdbcDatasetRepository(db),
                new JdbcAuditRepository(db));
    }

    /** A 20-dataset project committed, then a 20,000-dataset import that the full disk refuses. */
    private DiskFailureException importUntilTheDiskIsFull(Database db, String error) throws Exception {
        Path small = dir.resolve("small.csv");
        Path big = dir.resolve("big.csv");
        InventoryBenchmark.generate(small, 20);
        InventoryBenchmark.generate(big, 20_000);
        importer(db).importPath(small, "Committed before", "test", ProgressMonitor.NONE);
        disk.fillAfter(50_000, error);
        return assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(DiskFailureException.class,
                () -> importer(db).importPath(big, "Refused", "test", ProgressMonitor.NONE)));
    }

    @Test
    void aFullDiskIsNamedWithTheFileAndCommittedWorkSurvives() throws Exception {
        Database db = Database.open(location, FullDisk.PREFIX);
        DiskFailureException e = importUntilTheDiskIsFull(db, FullDisk.NO_SPACE);

        assertTrue(disk.failedWrites() > 0, "the disk really filled up");
        assertEquals(StorageException.Reason.DISK_FAILURE, e.reason());
        assertEquals(file, e.file());
        assertEquals("The disk holding " + file + " is full (No space left on device). Nothing of this step was written.",
                e.getMessage());
        assertTrue(e.hint().startsWith("Free space on that disk and try again; everything saved before is kept in " + file),
                e.hint());

        // Nothing more runs on the database: the next use fails at once with the same words, closing ends.
        DiskFailureException again = assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(DiskFailureException.class,
                () -> new JdbcProjectRepository(db).listSummaries()));
        assertEquals(e.getMessage(), again.getMessage());
        assertTimeoutPreemptively(AT_ONCE, db::close);

        disk.unlimited();
        try (Database reopened = Database.open(location, FullDisk.PREFIX)) {
            JdbcProjectRepository projects = new JdbcProjectRepository(reopened);
            long kept = projects.findByName("Committed before").orElseThrow().id();
            assertEquals(20, new JdbcDatasetRepository(reopened).count(kept));
            assertFalse(projects.findByName("Refused").isPresent(), "nothing of the refused import");
            assertEquals(1, projects.listSummaries().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Disk quota exceeded|the disk quota for FILE is used up (Disk quota exceeded)",
        "Input/output error|the disk holding FILE failed to write (Input/output error)",
        "File too large|FILE has reached the largest file size allowed (a ulimit or the file system's limit) (File too large)",
        "Some error no one knows|the disk holding FILE failed to write (Some error no one knows)"})
    void quotaSizeLimitAndIoErrorsSayWhatTheDiskSaid(String error, String problem) throws Exception {
        Database db = Database.open(location, FullDisk.PREFIX);
        DiskFailureException e = importUntilTheDiskIsFull(db, error);
        assertTimeoutPreemptively(AT_ONCE, db::close);

        assertEquals(problem.replace("FILE", file.toString()), e.failure().problem(file));
        disk.unlimited();
        try (Database reopened = Database.open(location, FullDisk.PREFIX)) {
            assertEquals(1, new JdbcProjectRepository(reopened).listSummaries().size());
        }
    }

    @Test
    void openingOnAFullDiskSaysTheDiskIsFullNotThatTheFileIsBroken() {
        Database.open(location, FullDisk.PREFIX).close();
        disk.fillAfter(0);

        StorageException e = assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(StorageException.class, () -> Database.open(location, FullDisk.PREFIX).close()));

        assertEquals(StorageException.Reason.DISK_FAILURE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(file + " is full (No space left on device)"), e.getMessage());
        disk.unlimited();
        try (Database reopened = Database.open(location, FullDisk.PREFIX)) {
            assertEquals(DatabaseTest.latestMigration(), reopened.schemaVersion());
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }
}
