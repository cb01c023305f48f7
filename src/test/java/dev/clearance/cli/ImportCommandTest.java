package dev.clearance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.inventory.InventoryImportService;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    private static final String HEADER = "id,name,source_type,generator_model,access,collected_on,license\n";

    @TempDir
    Path dir;
    Database db;
    JdbcProjectRepository projects;
    InventoryImportService service;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        projects = new JdbcProjectRepository(db);
        service = new InventoryImportService(projects, new JdbcDatasetRepository(db), new JdbcAuditRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int run(String... args) {
        return new CommandLine(new ImportCommand(() -> service))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aGoodInventoryImportsWithASummaryAndItsWarnings() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.csv"), HEADER
                + "d1,GPT-4o dialogues,synthetic,gpt-4o-2024-08-06,api,,\n"
                + "d2,Common Crawl slice,web,,,,CC-BY-4.0\n");

        int exit = run(file.toString(), "--project", "Acme");

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().startsWith("Imported 2 datasets into \"Acme\" (new project); 1 warning\n"), out::toString);
        assertTrue(out.toString().contains("warning: acme.csv:2:collected_on: No collected_on date"), out::toString);
        assertEquals("", err.toString());
    }

    @Test
    void aReimportReportsWhatChanged() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.csv"), HEADER + "d1,Crawl,web,,,,CC0-1.0\nd2,Books,licensed,,,,Proprietary\n");
        run(file.toString());
        Files.writeString(file, HEADER + "d1,Crawl 2025,web,,,,CC0-1.0\nd3,Forum,web,,,,CC-BY-SA-4.0\n");

        int exit = run(file.toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().contains("Imported 2 datasets into \"acme\" (1 added, 1 changed, 1 removed)"), out::toString);
    }

    @Test
    void badInputExitsWithTwoListingEveryErrorAndWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.csv"), HEADER
                + "d1,GPT-4o dialogues,synthetic,,api,2024-13-01,\n"
                + "d1,Duplicate,web,,,,MIT\n");

        int exit = run(file.toString());

        assertEquals(2, exit);
        assertEquals("", out.toString());
        String[] lines = err.toString().split("\n");
        assertEquals("Nothing was imported: 3 errors in the input.", lines[0]);
        assertTrue(lines[1].startsWith("error: acme.csv:2:collected_on: \"2024-13-01\" is not a date (YYYY-MM-DD)."), lines[1]);
        assertTrue(lines[2].startsWith("error: acme.csv:2:generator_model: A synthetic dataset needs generator_model"), lines[2]);
        assertTrue(lines[3].startsWith("error: acme.csv:3:id: The id \"d1\" is used twice (first on line 2)."), lines[3]);
        assertTrue(projects.listSummaries().isEmpty());
    }

    @Test
    void aMissingFileIsBadInput() {
        int exit = run(dir.resolve("nope.csv").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("There is no file or folder here."), err::toString);
    }

    @Test
    void helpNeedsNoDatabase() {
        int exit = new CommandLine(new ImportCommand(() -> {
            throw new AssertionError("the database must not be opened for --help");
        })).setOut(new PrintWriter(out, true)).execute("--help");

        assertEquals(0, exit);
        assertTrue(out.toString().contains("--project=NAME"), out::toString);
    }

    @Test
    void aProjectFolderWhoseInventoryLinksOutsideItIsRefusedWithExit2() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(folder.resolve("project.yaml"), "name: Acme\n");
        Path outside = Files.writeString(dir.resolve("secret.csv"), HEADER + "d1,Chats,human,,,,CC-BY-4.0\n");
        try {
            Files.createSymbolicLink(folder.resolve("inventory.csv"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }

        int exit = run(folder.toString());

        assertEquals(2, exit, out::toString);
        assertTrue(err.toString().contains("error: inventory.csv: This file is a link to " + outside.toRealPath()
                + ", outside the project folder " + folder + "; it was not read."), err::toString);
        assertTrue(projects.findByName("Acme").isEmpty(), "nothing was written");
    }

    @Test
    void aProjectFolderWithADanglingLinkIsRefusedWithExit2() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("acme"));
        try {
            Files.createSymbolicLink(folder.resolve("inventory.csv"), dir.resolve("gone.csv"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }

        int exit = run(folder.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("error: inventory.csv: This file is a link to " + dir.resolve("gone.csv")
                + ", which does not exist"), err::toString);
    }
}
