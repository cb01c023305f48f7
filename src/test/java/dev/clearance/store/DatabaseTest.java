package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.StorageException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void firstOpenCreatesAndMigratesTheFileDatabase() throws Exception {
        Path location = dir.resolve("nested/folder/clearance");
        try (Database db = Database.open(location)) {
            assertEquals(latestMigration(), db.schemaVersion(), "migrated to the latest version");
        }
        assertTrue(Files.exists(Database.dataFile(location)));
    }

    /** The highest V&lt;n&gt; among the shipped migrations. */
    static String latestMigration() throws java.io.IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    @Test
    void reopeningKeepsTheData() {
        Path location = dir.resolve("clearance");
        try (Database db = Database.open(location)) {
            new JdbcProjectRepository(db).create(ProjectSettings.named("Kept"));
        }
        try (Database db = Database.open(location)) {
            assertTrue(new JdbcProjectRepository(db).findByName("Kept").isPresent());
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path location = dir.resolve("clearance");
        Database.open(location).close();
        // A later Clearance would have applied a migration this build does not know.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location, "clearance", "")) {
            c.createStatement().execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                      "checksum", "installed_by", "installed_on", "execution_time", "success")
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'clearance',
                      CURRENT_TIMESTAMP, 1, TRUE)""");
            c.createStatement().execute("SHUTDOWN");
        }
        byte[] before = Files.readAllBytes(Database.dataFile(location));

        StorageException e = assertThrows(StorageException.class, () -> Database.open(location));

        assertEquals(StorageException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("newer version of Clearance"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(Database.dataFile(location)));
    }

    @Test
    void aCorruptFileIsRefusedAndLeftUntouched() throws Exception {
        Path location = dir.resolve("broken");
        byte[] garbage = "this is not an H2 database, just some text someone saved here\n".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(Database.dataFile(location), garbage);

        StorageException e = assertThrows(StorageException.class, () -> Database.open(location));

        assertEquals(StorageException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains(Database.dataFile(location).toString()), e.getMessage());
        assertTrue(e.hint().contains("not changed"), e.hint());
        assertArrayEquals(garbage, Files.readAllBytes(Database.dataFile(location)));
    }

    @Test
    void aDatabaseHeldByAnotherRunningInstanceIsReportedAsLocked() throws Exception {
        Path location = dir.resolve("shared");
        Database.open(location).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), location.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine(), "the other process should report that it holds the database");

            StorageException e = assertThrows(StorageException.class, () -> Database.open(location));

            assertEquals(StorageException.Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().contains("in use by another running Clearance"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommittedChangeSurvivesTheProcessBeingKilled() throws Exception {
        Path location = dir.resolve("crash");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CreateProjectThenHang.class.getName(), location.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("saved", out.readLine());
        } finally {
            writer.destroyForcibly(); // kill -9: no shutdown hook, no clean close
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        try (Database db = Database.open(location)) {
            assertTrue(new JdbcProjectRepository(db).findByName("Written before the crash").isPresent());
        }
    }

    /** Runs in a child JVM: saves a project, says so, and waits to be killed. */
    public static final class CreateProjectThenHang {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            new JdbcProjectRepository(db).create(ProjectSettings.named("Written before the crash"));
            System.out.println("saved");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /** Runs in a child JVM: opens the database and keeps it open until killed. */
    public static final class HoldDatabaseOpen {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
