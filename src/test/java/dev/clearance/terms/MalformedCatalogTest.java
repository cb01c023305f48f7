package dev.clearance.terms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken data file fails fast with a message naming the file, the field and the problem. */
class MalformedCatalogTest {
    private static final String CLAUSE = "{\"heading\":\"H\",\"paraphrase\":\"P\",\"tags\":[%s],\"confidence\":\"verified\"}";

    private static String catalog(String docExtra, String effective, String tags, String url) {
        return "{\"schemaVersion\":1,\"documents\":[{\"id\":\"doc-a\",\"title\":\"A\",\"channel\":\"api\","
                + "\"sourceUrl\":\"" + url + "\"" + docExtra + ",\"versions\":[{\"effective\":\"" + effective
                + "\",\"lastChecked\":\"2026-11-01\",\"facts\":{\"regime\":\"permitted\",\"confidence\":\"verified\"},"
                + "\"clauses\":[" + String.format(CLAUSE, tags) + "]}]}]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown tag              | ''                 | 2024-01-01 | \"no-such-tag\" | https://x.example | $.documents[0].versions[0].clauses[0].tags[0]",
        "bad date                 | ''                 | 2024-13-01 | ''              | https://x.example | $.documents[0].versions[0].effective",
        "missing https url        | ''                 | 2024-01-01 | ''              | ftp://x           | $.documents[0].sourceUrl",
        "misspelt field           | ,\"tiemless\":true | 2024-01-01 | ''              | https://x.example | $.documents[0].tiemless",
        "unknown channel          | ,\"region\":\"EU\" | 2024-01-01 | ''              | https://x.example | ok",
    })
    void brokenCatalogNamesFileAndField(String name, String extra, String effective, String tags, String url,
                                        String expectedPath) {
        String json = catalog(extra, effective, tags, url);
        if (expectedPath.equals("ok")) {
            TermsCatalog.load(stream(json), "test-catalog.json");
            return;
        }
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> TermsCatalog.load(stream(json), "test-catalog.json"));
        assertTrue(e.getMessage().startsWith("test-catalog.json: " + expectedPath), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\":2,\"documents\":[]}                                   | $.schemaVersion",
        "{\"schemaVersion\":1,\"documents\":[{\"id\":\"Bad Id\"}]}                | $.documents[0].id",
        "{\"schemaVersion\":1                                                      | line 1",
    })
    void wrongSchemaOrStructureIsRejected(String json, String expected) {
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> TermsCatalog.load(stream(json), "c.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\":1,\"rules\":[{\"id\":\"r\",\"providers\":[\"p\"],\"models\":[\"m*\"],\"access\":[\"api\"],\"governedBy\":[{\"document\":\"nope\"}],\"confidence\":\"verified\"}]} | $.rules[0].governedBy[0].document",
        "{\"schemaVersion\":1,\"rules\":[{\"id\":\"r\",\"providers\":[\"p\"],\"models\":[\"m*\"],\"access\":[\"ftp\"],\"governedBy\":[{\"document\":\"mit\"}],\"confidence\":\"verified\"}]}  | $.rules[0].access[0]",
    })
    void registryTargetsMustExist(String json, String expectedPath) {
        TermsCatalog shipped = TermsCatalog.loadShipped();
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> ModelRegistry.load(stream(json), "r.json", shipped));
        assertTrue(e.getMessage().startsWith("r.json: " + expectedPath), e.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
