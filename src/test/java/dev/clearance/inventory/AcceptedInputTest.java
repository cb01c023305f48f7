package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.SourceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What real-world files look like and is accepted: each case imports as the same dataset. */
class AcceptedInputTest {
    private static final Dataset EXPECTED = new Dataset("d1", "Azure GPT-4o dialogues", SourceType.SYNTHETIC, "gpt-4o",
            "azure-openai", "cloud:azure", LocalDate.of(2024, 11, 5), "", List.of("fine-tuning", "evaluation"), 0L,
            "openai-services-agreement@2026-01-01", "", "", false);
    private static final String HEADER = "id,name,source_type,generator_model,generator_provider,access,collected_on,uses,records,terms\n";
    private static final String ROW = "d1,Azure GPT-4o dialogues,synthetic,gpt-4o,azure-openai,cloud:azure,2024-11-05,fine-tuning;evaluation,0,"
            + "openai-services-agreement@2026-01-01\n";

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

    static Stream<Arguments> acceptedInputs() {
        return Stream.of(
                Arguments.of("plain UTF-8", "inv.csv", utf8(HEADER + ROW)),
                Arguments.of("a UTF-8 byte order mark (Excel's CSV UTF-8)", "inv.csv", withBom(HEADER + ROW)),
                Arguments.of("CRLF line ends", "inv.csv", utf8((HEADER + ROW).replace("\n", "\r\n"))),
                Arguments.of("blank lines and empty rows", "inv.csv", utf8("\n" + HEADER + "\n,,,,,,,,,\n" + ROW + "\n\n")),
                Arguments.of("spaced header names and upper-case words", "inv.csv", utf8(
                        "ID, Name ,Source Type,Generator Model,generator-provider,ACCESS,Collected On,Uses,Records,Terms\n"
                                + "d1,Azure GPT-4o dialogues,SYNTHETIC,gpt-4o,Azure-OpenAI,Cloud:Azure,2024-11-05,"
                                + " Fine-Tuning ; evaluation ;,0,openai-services-agreement@2026-01-01\n")),
                Arguments.of("JSON with uses as text", "inv.json", utf8("[{\"id\":\"d1\",\"name\":\"Azure GPT-4o dialogues\","
                        + "\"source_type\":\"synthetic\",\"generator_model\":\"gpt-4o\",\"generator_provider\":\"azure-openai\","
                        + "\"access\":\"cloud:azure\",\"collected_on\":\"2024-11-05\",\"uses\":\"fine-tuning;evaluation\","
                        + "\"records\":0,\"terms\":\"openai-services-agreement@2026-01-01\"}]")),
                Arguments.of("YAML with an unquoted date and a quoted number", "inv.yml", utf8("""
                        - id: d1
                          name: Azure GPT-4o dialogues
                          source_type: synthetic
                          generator_model: gpt-4o
                          generator_provider: azure-openai
                          access: cloud:azure
                          collected_on: 2024-11-05
                          uses: [fine-tuning, evaluation]
                          records: "0"
                          terms: openai-services-agreement@2026-01-01
                        """)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedInputs")
    void realWorldQuirksImportAsTheSameDataset(String description, String file, byte[] content) {
        ImportResult result = fixture.service.importPath(fixture.write(file, content), "Acme", "ana", ProgressMonitor.NONE);

        assertEquals(List.of(EXPECTED), fixture.datasets.list(result.projectId()));
        assertEquals(List.of(), result.warnings());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String s) {
        byte[] text = utf8(s);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }
}
