package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProgressMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nasty input: every case is refused with a message that names the file, the line and the field,
 * and nothing is written to the database.
 */
class MalformedInventoryTest {
    private static final String HEADER = "id,name,source_type,generator_model,access,collected_on,license,records\n";
    private static final String GOOD_ROW = "d1,GPT-4o dialogues,synthetic,gpt-4o-2024-08-06,api,2024-11-05,,1000\n";

    @TempDir
    Path dir;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                refused("a required column is missing", "inv.csv", "id,name,license\nd1,Crawl,CC0-1.0\n",
                        "inv.csv:1:source_type: The header has no \"source_type\" column."),
                refused("a column appears twice", "inv.csv", "id,name,source_type,name\nd1,a,web,b\n",
                        "inv.csv:1:name: Column \"name\" appears twice in the header (also as name)."),
                refused("an id is used twice", "inv.csv", HEADER + GOOD_ROW + GOOD_ROW,
                        "inv.csv:3:id: The id \"d1\" is used twice (first on line 2)."),
                refused("a month 13", "inv.csv", HEADER + "d1,x,synthetic,gpt-4o,api,2024-13-01,,1\n",
                        "inv.csv:2:collected_on: \"2024-13-01\" is not a date (YYYY-MM-DD). Hint:"),
                refused("a day-first date", "inv.csv", HEADER + "d1,x,synthetic,gpt-4o,api,05/11/2024,,1\n",
                        "inv.csv:2:collected_on: \"05/11/2024\" is not a date (YYYY-MM-DD)."),
                refused("a date in the future", "inv.csv", HEADER + "d1,x,synthetic,gpt-4o,api,2031-01-01,,1\n",
                        "inv.csv:2:collected_on: \"2031-01-01\" is in the future."),
                refused("an unbalanced quote", "inv.csv", HEADER + GOOD_ROW + "d2,\"Unclosed name,web,,,,CC0-1.0,5\nd3,x,web,,,,CC0-1.0,5\n",
                        "inv.csv:3: A quoted value that starts in this row is never closed"),
                refused("Latin-1 bytes", "inv.csv", latin1(HEADER + GOOD_ROW + "d2,Caf\u00e9 logs,human,,,,proprietary,5\n"),
                        "inv.csv:3: The file is not UTF-8 text"),
                refused("UTF-16 text", "inv.csv", utf16(HEADER + GOOD_ROW),
                        "inv.csv:1: The file is UTF-16 text; Clearance reads UTF-8."),
                refused("a 5 MB field", "inv.csv", HEADER + "d1,x,web,,,,CC0-1.0,1\nd2," + "x".repeat(5_000_000) + ",web,,,,CC0-1.0,1\n",
                        "inv.csv:3: A value is longer than 1,000,000 characters."),
                refused("an empty file", "inv.csv", "", "inv.csv: The file is empty (0 bytes)."),
                refused("a header only", "inv.csv", HEADER, "inv.csv: The inventory lists no datasets."),
                refused("blank lines only", "inv.csv", "\n\n\r\n", "inv.csv: The file is empty."),
                refused("too many cells", "inv.csv", HEADER + "d1,Crawl, 2024,web,,,,CC0-1.0,1\n",
                        "inv.csv:2: The row has 9 cells but the header has 8."),
                refused("an unknown source type", "inv.csv", HEADER + "d1,x,scraped,,,,CC0-1.0,1\n",
                        "inv.csv:2:source_type: \"scraped\" is not a source_type."),
                refused("negative records", "inv.csv", HEADER + "d1,x,web,,,,CC0-1.0,-5\n",
                        "inv.csv:2:records: \"-5\" is negative"),
                refused("records with a thousands separator", "inv.csv", HEADER + "d1,x,web,,,,CC0-1.0,\"1,200\"\n",
                        "inv.csv:2:records: \"1,200\" is not a whole number."),
                refused("synthetic data without its generator", "inv.csv", HEADER + "d1,x,synthetic,,,2024-01-01,,1\n",
                        "inv.csv:2:generator_model: A synthetic dataset needs generator_model"),
                refused("mixed data without access", "inv.csv", HEADER + "d1,x,mixed,claude-3-5-sonnet,,2024-01-01,,1\n",
                        "inv.csv:2:access: A mixed dataset needs access"),
                refused("an unknown access channel", "inv.csv", HEADER + "d1,x,synthetic,gpt-4o,chatgpt,2024-01-01,,1\n",
                        "inv.csv:2:access: \"chatgpt\" is not an access channel."),
                refused("web data without a licence", "inv.csv", HEADER + "d1,Crawl,web,,,,,1\n",
                        "inv.csv:2:license: A web dataset needs a license."),
                refused("a missing name", "inv.csv", HEADER + "d1,,web,,,,CC0-1.0,1\n",
                        "inv.csv:2:name: The required field name is empty."),
                refused("an unknown use", "inv.csv", "id,name,source_type,license,uses\nd1,x,web,CC0-1.0,fine-tuning;rlhf\n",
                        "inv.csv:2:uses: \"rlhf\" is not a use."),
                refused("a malformed terms override", "inv.csv", "id,name,source_type,license,terms\nd1,x,web,CC0-1.0,openai latest\n",
                        "inv.csv:2:terms: \"openai latest\" is not a terms override."),
                refused("an unknown file type", "inventory.txt", "id,name\n",
                        "Clearance cannot tell the format of this file from its name."),
                refused("a JSON object where a name belongs", "inv.json",
                        "[\n {\"id\": \"d1\",\n  \"name\": {\"en\": \"Crawl\"},\n  \"source_type\": \"web\", \"license\": \"CC0-1.0\"}\n]",
                        "inv.json:3:$[0].name: Found an object where text belongs."),
                refused("JSON records as text", "inv.json",
                        "{\"datasets\": [{\"id\": \"d1\", \"name\": \"x\", \"source_type\": \"web\", \"license\": \"MIT\",\n \"records\": \"many\"}]}",
                        "inv.json:2:$.datasets[0].records: \"many\" is not a whole number."),
                refused("JSON uses as an object", "inv.json",
                        "[{\"id\": \"d1\", \"name\": \"x\", \"source_type\": \"web\", \"license\": \"MIT\", \"uses\": {\"a\": 1}}]",
                        "inv.json:1:$[0].uses: Found an object where text such as"),
                refused("a JSON syntax error", "inv.json", "[{\"id\": \"d1\",\n \"name\": \"x\" \"source_type\": \"web\"}]",
                        "inv.json:2: The file cannot be read: Unexpected character"),
                refused("a JSON key twice", "inv.json", "[{\"id\": \"d1\", \"id\": \"d2\", \"name\": \"x\", \"source_type\": \"web\"}]",
                        "inv.json:1: A field appears twice in the same object"),
                refused("JSON holding a string", "inv.json", "\"datasets\"",
                        "inv.json:1:$: The file holds text where a list of datasets or {project, datasets} belongs."),
                refused("JSON nested 10,000 deep", "inv.json", "[".repeat(10_000) + "]".repeat(10_000),
                        "Values are nested more than 20 levels deep."),
                refused("a YAML list where a date belongs", "inv.yaml",
                        "- id: d1\n  name: x\n  source_type: synthetic\n  generator_model: gpt-4o\n  access: api\n  collected_on: [2024, 1, 1]\n",
                        "inv.yaml:6:$[0].collected_on: Found a list where text belongs."),
                refused("a YAML alias bomb", "inv.yaml", yamlBomb(),
                        "YAML anchors and aliases (&name, *name) are not accepted in inventories."),
                refused("a YAML project with a bad purpose", "inv.yaml",
                        "project:\n  name: P\n  purpose: chatbot\ndatasets:\n  - {id: d1, name: x, source_type: web, license: MIT}\n",
                        "inv.yaml:3:$.project.purpose: \"chatbot\" is not a purpose."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void badInputIsRefusedWithALocatedMessageAndNothingIsWritten(String description, String file, byte[] content,
                                                                String expected) {
        Path path = fixture.write(file, content);

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.importPath(path, "Acme", "ana", ProgressMonitor.NONE));

        assertTrue(e.errors().stream().anyMatch(p -> p.toString().contains(expected)),
                () -> "expected an error containing\n  " + expected + "\nbut got\n  "
                        + String.join("\n  ", e.problems().stream().map(ImportProblem::toString).toList()));
        assertTrue(fixture.projects.listSummaries().isEmpty(), "nothing may be written");
    }

    @Test
    void aFormulaInASpreadsheetCellIsRefused() throws IOException {
        Path file = dir.resolve("inv.xlsx");
        SpreadsheetFixtures.write(file, List.of(
                List.of("id", "name", "source_type", "license"),
                List.of("d1", new SpreadsheetFixtures.Formula("HYPERLINK(\"http://evil.example\",\"x\")"), "web", "MIT")));

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.importPath(file, "Acme", "ana", ProgressMonitor.NONE));

        assertEquals("inv.xlsx:2:B2: Cell B2 holds a formula (=HYPERLINK(\"http://evil.example\",\"x\")); "
                + "Clearance imports typed values only.", e.errors().get(0).toString().replaceAll(" Hint:.*", ""));
        assertTrue(fixture.projects.listSummaries().isEmpty());
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        Path file = fixture.write("inv.csv", HEADER
                + "d1,x,synthetic,,,2024-01-01,,1\n"   // no generator_model, no access
                + "d2,x,web,,,,CC0-1.0,lots\n"        // records not a number
                + "d3,x,robot,,,,CC0-1.0,1\n");       // unknown source type

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.importPath(file, "Acme", "ana", ProgressMonitor.NONE));

        assertEquals(List.of("inv.csv:2:generator_model", "inv.csv:2:access", "inv.csv:3:records", "inv.csv:4:source_type"),
                e.errors().stream().map(p -> p.at().toString()).toList());
    }

    @Test
    void errorsStopAtAHundredAndSaySo() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            csv.append("d").append(i).append(",x,web,,,,CC0-1.0,-1\n");
        }
        Path file = fixture.write("inv.csv", csv.toString());

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.importPath(file, "Acme", "ana", ProgressMonitor.NONE));

        assertEquals(101, e.errors().size());
        assertEquals("inv.csv: Stopped after 100 errors; there may be more.", e.errors().get(100).toString().replaceAll(" Hint:.*", ""));
    }

    @Test
    void anOversizedProjectFileIsRefusedBeforeItIsParsed() throws IOException {
        Path folder = dir.resolve("big");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("project.yaml"), "name: P\n" + "# padding\n".repeat(10_000));
        java.nio.file.Files.writeString(folder.resolve("inventory.csv"), HEADER + GOOD_ROW);

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> fixture.service.importPath(folder, null, "ana", ProgressMonitor.NONE));

        assertTrue(e.errors().get(0).toString().startsWith("project.yaml: The file is 100,008 bytes; the limit"),
                e.errors().get(0).toString());
    }

    private static Arguments refused(String description, String file, String content, String expected) {
        return refused(description, file, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments refused(String description, String file, byte[] content, String expected) {
        return Arguments.of(description, file, content, expected);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian byte order mark first
    }

    /** The "billion laughs": nine levels of lists of ten aliases to the level below. */
    private static String yamlBomb() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            String alias = "*" + previous;
            y.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", Arrays.asList(alias, alias, alias, alias, alias, alias, alias, alias, alias)))
                    .append("]\n");
            previous = level;
        }
        return y.toString();
    }
}
