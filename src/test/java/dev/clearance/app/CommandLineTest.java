package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.cli.ExitCode;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcProjectRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and CI call it: output, exit codes, and the database it uses. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    Result run(String... args) {
        return run(Map.of(), args);
    }

    String db() {
        return dir.resolve("db/clearance").toString();
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Result r = run("--help");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().contains("projects"), r.out());
        assertTrue(r.out().contains("import"), r.out());
        assertTrue(r.out().contains("--db"), r.out());
        assertTrue(r.out().contains("2 bad input"), r.out());
    }

    @Test
    void versionNamesTheProduct() {
        Result r = run("--version");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("Clearance "), r.out());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} --help")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"import", "assess", "signoff", "export", "verify", "projects",
        "terms", "terms list", "terms show", "terms text", "terms add", "terms diff", "terms sync", "annotations",
        "annotations list", "annotations export", "annotations import", "annotations reanchor"})
    void everyCommandExplainsItselfWithoutOpeningTheDatabase(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--db", db()));
        args.addAll(java.util.List.of(command.split(" ")));
        args.add("--help");
        Result r = run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), command + ": " + r.out());
        assertTrue(r.out().startsWith("Usage: clearance " + command), r.out());
        assertFalse(Files.exists(dir.resolve("db")), command + " --help opened the database");
    }

    @Test
    void helpDoesNotCreateADatabase() {
        run("--db", db(), "--help");
        assertFalse(Files.exists(dir.resolve("db")));
    }

    @Test
    void verifyNeedsNoDatabaseAndSaysWhatIsWrongWithTheFile() throws Exception {
        Path notAZip = dir.resolve("review.zip");
        Files.writeString(notAZip, "not a zip");

        Result r = run("--db", db(), "verify", notAZip.toString());

        assertEquals(ExitCode.VERIFICATION_FAILED, r.code());
        assertTrue(r.out().startsWith("not a review package"), r.out());
        assertFalse(Files.exists(dir.resolve("db")));
    }

    @Test
    void helpListsTheReviewCommands() {
        Result r = run("--help");
        assertTrue(r.out().contains("signoff") && r.out().contains("export") && r.out().contains("verify"), r.out());
    }

    @Test
    void anUnknownCommandExitsOneWithAHint() {
        Result r = run("--db", db(), "asses");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("asses"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
        assertEquals("", r.out());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "assess                          | Missing required option: '--project=NAME'",
        "assess --format json            | Missing required option: '--project=NAME'",
        "export --project Acme           | Missing required option: '--out=FILE.zip'",
        "annotations list                | Missing required option: '--project=NAME'",
        "terms show                      | Missing required parameter: 'ID[@VERSION]'",
        "import                          | Missing required parameter: '<file-or-folder>'"})
    void aMissingOptionIsNamedAndTheCommandsUsageFollows(String line, String message) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--db", db()));
        args.addAll(java.util.List.of(line.trim().split(" +")));
        Result r = run(args.toArray(String[]::new));
        String command = String.join(" ", java.util.Arrays.stream(line.trim().split(" +"))
                .takeWhile(w -> !w.startsWith("-")).toList());

        assertEquals(ExitCode.USAGE, r.code(), r.err());
        String[] lines = r.err().split("\\R");
        assertEquals("clearance: " + message, lines[0], r.err());
        assertTrue(lines[1].startsWith("Usage: clearance " + command + " "), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("db")), "a usage error opens no database");
    }

    @Test
    void anUnknownOptionExitsOne() {
        Result r = run("--db", db(), "projects", "--colour");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
    }

    @Test
    void aBadFormatValueExitsOne() {
        Result r = run("--db", db(), "projects", "--format", "xml");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("xml"), r.err());
    }

    @Test
    void projectsOnANewDatabaseSaysHowToStart() {
        Result r = run("--db", db(), "projects");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("No projects yet"), r.out());
        assertTrue(Files.exists(Database.dataFile(Path.of(db()))), "the database is created on first use");
    }

    @Test
    void projectsListsWhatTheDatabaseHolds() throws Exception {
        try (Database database = Database.open(Path.of(db()))) {
            new JdbcProjectRepository(database).create(ProjectSettings.named("Ticket Classifier"));
        }
        Result text = run("--db", db(), "projects");
        assertEquals(ExitCode.OK, text.code(), text.err());
        assertTrue(text.out().contains("Ticket Classifier"), text.out());
        assertTrue(text.out().contains("not assessed"), text.out());

        Result json = run("--db", db(), "projects", "--format", "json");
        assertEquals(ExitCode.OK, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("Ticket Classifier", root.get("projects").get(0).get("name").asText());
        assertEquals(0, root.get("projects").get(0).get("datasets").asInt());
        assertTrue(root.get("projects").get(0).get("overall").isNull());
    }

    @Test
    void theEnvironmentVariableChoosesTheDatabase() throws Exception {
        try (Database database = Database.open(Path.of(db()))) {
            new JdbcProjectRepository(database).create(ProjectSettings.named("From Env"));
        }
        Result r = run(Map.of("CLEARANCE_DB", db()), "projects");
        assertTrue(r.out().contains("From Env"), r.out());
    }

    @Test
    void anUnusableDatabaseExitsFiveWithWhatToDo() throws Exception {
        Path garbage = Database.dataFile(Path.of(db()));
        Files.createDirectories(garbage.getParent());
        Files.writeString(garbage, "not a database\n".repeat(100));
        Result r = run("--db", db(), "projects");
        assertEquals(ExitCode.DATABASE_UNAVAILABLE, r.code());
        assertTrue(r.err().contains("not a Clearance database"), r.err());
        assertTrue(r.err().contains("--db PATH"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
