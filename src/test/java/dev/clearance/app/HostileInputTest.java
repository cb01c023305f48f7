package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.cli.ExitCode;
import dev.clearance.review.ReviewFixture;
import dev.clearance.testing.HostilePdf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a command that exits with an error has written nothing (the whole database, dumped with H2's
 * SCRIPT, is the same before and after), input files must be regular files, and an implausible terms date
 * neither gets in nor, when an earlier Clearance let it in, breaks every terms command.
 */
class HostileInputTest {
    static final Map<String, String> ENV = Map.of("CLEARANCE_KEY_PASSPHRASE", "s3cret passphrase");

    @TempDir
    Path dir;
    Path db;
    String project;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void aProjectWithATermsVersionOfItsOwn() throws Exception {
        db = dir.resolve("db");
        try (ReviewFixture f = new ReviewFixture(dir)) {
            project = f.importSample("support-assistant");
        }
        Path text = Files.writeString(dir.resolve("msa.txt"), "You may not use output to develop competing models.\n");
        Result r = run("terms", "add", text.toString(), "--document", "acme-msa", "--version", "2025-07-01");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), ENV, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Everything the database holds, as H2 writes it out. */
    String dump() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + ";IFEXISTS=TRUE",
                "clearance", ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1)).append('\n');
            }
            return sb.toString();
        }
    }

    /** Runs a command that must fail with {@code code}, writing nothing; returns what it said. */
    Result refusedWithoutWriting(int code, String... args) throws Exception {
        String before = dump();
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args));
        assertEquals(code, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("unexpected error"), r.err());
        assertEquals(before, dump(), String.join(" ", args) + " changed the database");
        return r;
    }

    Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo " + p);
        assertTrue(Files.exists(p) && !Files.isRegularFile(p));
        return p;
    }

    static void assertOneLineNaming(Result r, String name) {
        String first = r.err().lines().filter(l -> !l.startsWith("warning: ")).findFirst().orElse("");
        assertTrue(first.contains(name), r.err());
    }

    // ---- 1. dates, ids and versions are checked before anything is written

    @Test
    void termsAddWithAnImplausibleDateIsBadInput() throws Exception {
        Path text = dir.resolve("msa.txt");
        for (String version : List.of("0000-01-01", "1989-12-31", "+10000-01-01", "2999-01-01")) {
            Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", text.toString(), "--document", "d",
                    "--version", version);
            assertTrue(r.err().contains("is not a plausible date for a terms version: use a date from 1990-01-01 to "),
                    r.err());
            assertTrue(r.err().contains("(today + 2 years)"), r.err());
        }
        assertEquals(ExitCode.OK, run("terms", "list").code(), "the terms commands still work");
    }

    @Test
    void termsAddWithABadIdOrTitleIsBadInput() throws Exception {
        Path text = dir.resolve("msa.txt");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", text.toString(), "--document", "Bad Id",
                "--version", "2025-01-01");
        assertTrue(r.err().contains("is not a document id"), r.err());
        r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", text.toString(), "--document", "x".repeat(201),
                "--version", "2025-01-01");
        assertTrue(r.err().contains("at most 200"), r.err());
        r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", text.toString(), "--document", "ok-id",
                "--version", "2025-01-01", "--title", "two\nlines");
        assertTrue(r.err().contains("title must be one line"), r.err());
    }

    @Test
    void aStoredVersionWithAnImplausibleDateIsSkippedWithAWarningAndCanBeRemoved() throws Exception {
        assertEquals(ExitCode.OK, run("assess", "--project", project).code()); // caches the project's overall risk
        String clean = dump();
        // What Clearance before issue 19 wrote for 'terms add … --document d --version 0000-01-01'.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + ";IFEXISTS=TRUE",
                "clearance", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO terms_document (document_id, provider, title, channel, source_url, origin, created_at)"
                    + " VALUES ('d', '', 'd', '', '', 'user', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO terms_version (document_id, effective_on, full_text, source_file, text_sha256, added_at)"
                    + " VALUES ('d', DATE '-0001-12-30', 'You may not use output to develop competing models.', 't.txt',"
                    + " '', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO terms_clause (document_id, effective_on, ordinal, excerpt, tags)"
                    + " VALUES ('d', DATE '-0001-12-30', 1, 'You may not use output', 'competing-model-ban')");
        }
        String warning = "warning: skipped the stored version d@-0001-12-30: its date is outside 1990-01-01 to ";
        for (String[] command : List.of(new String[] {"terms", "list"}, new String[] {"terms", "show", "acme-msa"},
                new String[] {"terms", "text", "acme-msa@2025-07-01"}, new String[] {"terms", "list", "--format", "json"})) {
            Result r = run(command);
            assertEquals(ExitCode.OK, r.code(), String.join(" ", command) + ": " + r.err());
            assertTrue(r.err().contains(warning), r.err());
            assertTrue(r.err().contains("remove it with 'clearance terms remove d@-0001-12-30'"), r.err());
        }
        Result assessed = run("assess", "--project", project);
        assertEquals(ExitCode.OK, assessed.code(), assessed.err());

        Result removed = run("terms", "remove", "d@-0001-12-30");
        assertEquals(ExitCode.OK, removed.code(), removed.err());
        assertTrue(removed.err().contains("removed d@-0001-12-30 and its 1 detected clause(s); the document had no other"
                + " version and was removed too"), removed.err());
        assertEquals(clean, dump(), "the row and its document are gone, nothing else");
        Result list = run("terms", "list");
        assertFalse(list.err().contains("warning"), list.err());
    }

    @Test
    void termsRemoveOfAVersionNotStoredIsBadInput() throws Exception {
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "remove", "acme-msa@2020-01-01");
        assertTrue(r.err().contains("acme-msa@2020-01-01 is not stored in this database; stored versions of acme-msa:"
                + " [2025-07-01]; nothing was removed"), r.err());
        r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "remove", "openai-terms-of-use@2023-03-14");
        assertTrue(r.err().contains("is a catalogued version shipped with Clearance"), r.err());
        r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "remove", "acme-msa");
        assertTrue(r.err().contains("names no version"), r.err());
    }

    @Test
    void termsRemoveRemovesAUsersVersion() throws Exception {
        Result r = run("terms", "remove", "acme-msa@2025-07-01");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertFalse(run("terms", "list").out().contains("acme-msa"));
        assertEquals(ExitCode.BAD_INPUT, run("terms", "show", "acme-msa").code());
    }

    @Test
    void importWithAnImplausibleCollectionDateIsBadInput() throws Exception {
        Path csv = Files.writeString(dir.resolve("inventory.csv"), "id,name,source_type,generator_model,"
                + "generator_provider,access,collected_on,license,uses,records,terms,owner,notes\n"
                + "d1,Syn,synthetic,gpt-4o,openai,api,0000-01-01,,fine-tuning,10,,me,\n");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "import", csv.toString(), "--project", project);
        assertTrue(r.err().contains("inventory.csv:2:collected_on: \"0000-01-01\" is before 1900-01-01."), r.err());
    }

    // ---- 2. every writer, fed bad input, writes nothing

    @Test
    void importOfAMalformedInventoryWritesNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "id,name\n\"unterminated\n");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "import", csv.toString(), "--project", project);
        assertTrue(r.err().contains("broken.csv"), r.err());
    }

    @Test
    void termsAddOfAFileWithoutTextWritesNothing() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "   \n");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", empty.toString(), "--document", "acme-msa",
                "--version", "2025-08-01");
        assertTrue(r.err().contains("empty.md: contains no text"), r.err());
    }

    @Test
    void termsSyncFromAFolderThatIsNoRepositoryWritesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("not-a-clone"));
        Files.writeString(folder.resolve("README.md"), "no git here\n");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "sync", "--from", folder.toString());
        assertTrue(r.err().contains("not-a-clone"), r.err());
    }

    @Test
    void annotationsImportOfAFileThatIsNotJsonWritesNothing() throws Exception {
        Path notJson = Files.writeString(dir.resolve("notes.jsonld"), "{ not json");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "annotations", "import", "--project", project,
                notJson.toString());
        assertTrue(r.err().contains("notes.jsonld"), r.err());
    }

    @Test
    void annotationsReanchorForAnUnknownProjectOrABadReferenceWritesNothing() throws Exception {
        refusedWithoutWriting(ExitCode.BAD_INPUT, "annotations", "reanchor", "--project", "No Such Project",
                "acme-msa@2025-07-01", "acme-msa@2025-08-01");
        refusedWithoutWriting(ExitCode.BAD_INPUT, "annotations", "reanchor", "--project", project,
                "acme-msa@2025-07-01", "acme-msa@not-a-date");
    }

    /**
     * Any look at a project's review (the app's Review area, export, sign-off) opens its first revision and
     * records that in the audit trail: that bookkeeping is done first, so what is compared is what the refused
     * command itself wrote.
     */
    private void openTheReview() {
        Result r = run("export", "--project", project, "--out", dir.resolve("first-look.zip").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    @Test
    void signoffOfADraftWritesNothingNotEvenAKey() throws Exception {
        openTheReview();
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "signoff", "--project", project, "--reviewer", "Dana",
                "--role", "Counsel");
        assertFalse(r.err().isBlank());
        assertFalse(Files.exists(dir.resolve("keys.p12")), "no key store was created");
    }

    @Test
    void exportToAPlaceThatCannotHoldAFileWritesNothing() throws Exception {
        openTheReview();
        Path out = dir.resolve("msa.txt/review.zip"); // under a regular file
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "export", "--project", project, "--out", out.toString());
        assertTrue(r.err().contains("review.zip"), r.err());
        assertFalse(Files.exists(out));
        refusedWithoutWriting(ExitCode.BAD_INPUT, "export", "--project", "No Such Project", "--out",
                dir.resolve("x.zip").toString());
    }

    // ---- 3. only regular files are read

    @Test
    void termsAddOnAFifoIsRefusedAtOnce() throws Exception {
        Path pipe = fifo("terms.txt");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", pipe.toString(), "--document", "acme-msa",
                "--version", "2025-08-01");
        assertOneLineNaming(r, pipe + ": is a named pipe (FIFO), not a regular file");
    }

    @Test
    void termsAddOnAFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", folder.toString(), "--document", "acme-msa",
                "--version", "2025-08-01");
        assertOneLineNaming(r, folder + ": is a folder, not a file");
    }

    @Test
    void importOfAFifoIsRefusedAtOnce() throws Exception {
        Path pipe = fifo("inventory.csv");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "import", pipe.toString(), "--project", project);
        assertTrue(r.err().contains("error: " + pipe + ": The path is a named pipe (FIFO), not a regular file"), r.err());
    }

    @Test
    void importOfAProjectFolderWhoseInventoryIsAFifoIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Files.writeString(folder.resolve("project.yaml"), "name: Piped\n");
        fifo("project/inventory.csv");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "import", folder.toString());
        assertTrue(r.err().contains("inventory.csv") && r.err().contains("named pipe (FIFO)"), r.err());
    }

    @Test
    void importOfAProjectFolderWhoseProjectFileIsAFifoIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Files.copy(Path.of("sample-projects/support-assistant/inventory.csv"), folder.resolve("inventory.csv"));
        fifo("project/project.yaml");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "import", folder.toString());
        assertTrue(r.err().contains("project.yaml") && r.err().contains("named pipe (FIFO)"), r.err());
    }

    @Test
    void annotationsImportOfAFifoIsRefusedAtOnce() throws Exception {
        Path pipe = fifo("notes.jsonld");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "annotations", "import", "--project", project,
                pipe.toString());
        assertOneLineNaming(r, pipe + ": is a named pipe (FIFO), not a regular file");
    }

    @Test
    void verifyOfAFifoIsRefusedAtOnce() throws Exception {
        Path pipe = fifo("review.zip");
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "verify", pipe.toString());
        assertOneLineNaming(r, pipe + " is a named pipe (FIFO), not a regular file");
    }

    // ---- 4. a hostile PDF

    @Test
    void termsAddOfADeeplyNestedPdfSaysSoInOneLineAndWritesNothing() throws Exception {
        Path pdf = HostilePdf.write(dir.resolve("nested.pdf"), HostilePdf.Nesting.ARRAYS, 20_000);
        Result r = refusedWithoutWriting(ExitCode.BAD_INPUT, "terms", "add", pdf.toString(), "--document", "acme-msa",
                "--version", "2025-08-01");
        assertEquals(List.of("error: " + pdf + ": the PDF is nested too deeply to read safely (Reached maximum recursion"
                + " depth 500); nothing was written"), r.err().lines().toList());
    }
}
