package dev.clearance.terms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A broken catalog fails fast with a message naming the file, the JSON path and the problem; above all, a
 * fact the recorded text does not bear out never loads. The version here rests on a real text (DeepSeek-R1's
 * MIT licence, src/test/resources/catalog-texts).
 */
class MalformedCatalogTest {
    private static final String SHA = "1c8f573e830ca9b3ebfeb7ace1823146e22b66f99ee223840e7637c9e745e1c7";
    private static final String QUOTE = "to deal in the Software without restriction";
    private static final String SOURCE = "{\"repository\":\"deepseek-ai/DeepSeek-R1\",\"path\":\"LICENSE\","
            + "\"commit\":\"23807ced51627276434655dd9f27725354818974\",\"recordedOn\":\"2025-01-20\",\"effective\":null,"
            + "\"sha256\":\"" + SHA + "\",\"text\":\"deepseek-r1-mit@2025-01-20.txt\"}";

    private static RecordedTexts texts() {
        try {
            return RecordedTexts.in(Path.of(MalformedCatalogTest.class.getResource("/catalog-texts").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-version catalog; each argument replaces one part of a valid version. */
    private static String catalog(String docExtra, String effective, String source, String facts, String quote,
                                  String tags) {
        return "{\"schemaVersion\":2,\"lastVerified\":\"2026-12-04\",\"documents\":[{\"id\":\"mit\",\"title\":\"MIT\","
                + "\"channel\":\"weights\",\"sourceUrl\":\"https://opensource.org/license/mit\"" + docExtra
                + ",\"versions\":[{\"effective\":\"" + effective + "\",\"dateBasis\":\"recorded\","
                + "\"lastChecked\":\"2026-12-04\"" + (source.isEmpty() ? "" : ",\"source\":" + source)
                + ",\"facts\":" + facts + ",\"clauses\":[{\"id\":\"grant\",\"heading\":\"Grant\","
                + "\"paraphrase\":\"Anyone may use it for anything.\",\"quote\":\"" + quote + "\",\"tags\":[" + tags
                + "],\"confidence\":\"verified\"}]}]}]}";
    }

    private static final String FACTS = "{\"regime\":\"permitted\",\"confidence\":\"verified\",\"cites\":{\"regime\":[\"grant\"]}}";

    @Test
    void aVersionThatRestsOnItsTextLoadsWithItsQuoteAnchored() {
        TermsCatalog c = TermsCatalog.load(stream(catalog("", "2025-01-20", SOURCE, FACTS, QUOTE, "")), "c.json",
                texts());
        var v = c.documents().get(0).versions().get(0);
        var anchor = v.clauses().get(0).anchor();
        String text = c.text(v.ref()).orElseThrow();
        assertEquals(QUOTE, normalized(text, anchor.start(), anchor.end()), "the anchor spans the quoted words");
        assertEquals("deepseek-ai/DeepSeek-R1", v.provenance().orElseThrow().repository());
        assertEquals(java.util.List.of("grant"), v.citations().get("regime"));
    }

    private static String normalized(String text, int start, int end) {
        return new String(text.codePoints().toArray(), start, end - start).replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "quote not in the text     | " + QUOTE + " freely     | $.documents[0].versions[0].clauses[0].quote",
        "quote reworded            | to use the Software without restriction | $.documents[0].versions[0].clauses[0].quote",
    })
    void aQuoteMustStandWordForWordInTheText(String name, String quote, String path) {
        TermsDataException e = assertThrows(TermsDataException.class, () -> TermsCatalog.load(
                stream(catalog("", "2025-01-20", SOURCE, FACTS, quote, "")), "c.json", texts()));
        assertTrue(e.getMessage().startsWith("c.json: " + path + ": not found word for word"), e.getMessage());
    }

    @Test
    void aQuoteMayJoinHardWrappedLines() {
        // "to deal\nin the Software" in the file: the line break counts as a space.
        TermsCatalog.load(stream(catalog("", "2025-01-20", SOURCE, FACTS, "(the \\\"Software\\\"), to deal in the Software",
                "")), "c.json", texts());
    }

    @Test
    void aQuoteOfMoreThanSixtyWordsIsACopyNotACitation() {
        String longQuote = ("word ").repeat(61).strip();
        TermsDataException e = assertThrows(TermsDataException.class, () -> TermsCatalog.load(
                stream(catalog("", "2025-01-20", SOURCE, FACTS, longQuote, "")), "c.json", texts()));
        assertTrue(e.getMessage().contains("clauses[0].quote: 61 words"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "no source           | ``                                                     | $.documents[0].versions[0].source: missing",
        "wrong sha256        | " + SHA + "=>0000000000000000000000000000000000000000000000000000000000000000 | $.documents[0].versions[0].source.sha256: deepseek-r1-mit@2025-01-20.txt has SHA-256 " + SHA,
        "missing text        | deepseek-r1-mit@2025-01-20.txt=>mit@2025-01-20.txt     | $.documents[0].versions[0].source.text: the recorded text mit@2025-01-20.txt is missing",
        "short commit        | 23807ced51627276434655dd9f27725354818974=>23807ce      | $.documents[0].versions[0].source.commit",
        "repository and url  | \"repository\"=>\"url\":\"https://x.example\",\"repository\" | $.documents[0].versions[0].source: name either",
        "recorded date wrong | \"recordedOn\":\"2025-01-20\"=>\"recordedOn\":\"2025-01-21\" | $.documents[0].versions[0].dateBasis: 'recorded' but the text was recorded on 2025-01-21",
    })
    void everyVersionRestsOnARecordedTextWithItsProvenance(String name, String edit, String expected) {
        String source = edit.isEmpty() ? "" : SOURCE.replace(edit.split("=>")[0], edit.split("=>")[1]);
        TermsDataException e = assertThrows(TermsDataException.class, () -> TermsCatalog.load(
                stream(catalog("", "2025-01-20", source, FACTS, QUOTE, "")), "c.json", texts()));
        assertTrue(e.getMessage().startsWith("c.json: " + expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "regime cites nothing | {\"regime\":\"permitted\",\"confidence\":\"verified\",\"cites\":{}} | $.documents[0].versions[0].facts.cites: no clause cited for [regime]",
        "no cites at all      | {\"regime\":\"permitted\",\"confidence\":\"verified\"} | $.documents[0].versions[0].facts.cites: missing",
        "threshold uncited    | {\"regime\":\"permitted\",\"mauThreshold\":5,\"confidence\":\"verified\",\"cites\":{\"regime\":[\"grant\"]}} | $.documents[0].versions[0].facts.cites: no clause cited for [mauThreshold]",
        "cites unknown clause | {\"regime\":\"permitted\",\"confidence\":\"verified\",\"cites\":{\"regime\":[\"nope\"]}} | $.documents[0].versions[0].facts.cites.regime[0]: 'nope' is not a clause",
        "cites an absent fact | {\"regime\":\"permitted\",\"confidence\":\"verified\",\"cites\":{\"regime\":[\"grant\"],\"namingPrefix\":[\"grant\"]}} | $.documents[0].versions[0].facts.cites.namingPrefix",
    })
    void everyFactCitesTheClauseItComesFrom(String name, String facts, String expected) {
        TermsDataException e = assertThrows(TermsDataException.class, () -> TermsCatalog.load(
                stream(catalog("", "2025-01-20", SOURCE, facts, QUOTE, "")), "c.json", texts()));
        assertTrue(e.getMessage().startsWith("c.json: " + expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown tag              | ''                 | 2025-01-20 | \"no-such-tag\" | $.documents[0].versions[0].clauses[0].tags[0]",
        "bad date                 | ''                 | 2025-13-01 | ''              | $.documents[0].versions[0].effective",
        "misspelt field           | ,\"tiemless\":true | 2025-01-20 | ''              | $.documents[0].tiemless",
    })
    void brokenCatalogNamesFileAndField(String name, String extra, String effective, String tags, String expectedPath) {
        String json = catalog(extra.equals("''") ? "" : extra, effective, SOURCE, FACTS, QUOTE,
                tags.equals("''") ? "" : tags);
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> TermsCatalog.load(stream(json), "test-catalog.json", texts()));
        assertTrue(e.getMessage().startsWith("test-catalog.json: " + expectedPath), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\":1,\"documents\":[]}                                   | $.schemaVersion",
        "{\"schemaVersion\":2,\"lastVerified\":\"2026-12-04\",\"documents\":[{\"id\":\"Bad Id\"}]} | $.documents[0].id",
        "{\"schemaVersion\":2                                                      | line 1",
    })
    void wrongSchemaOrStructureIsRejected(String json, String expected) {
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> TermsCatalog.load(stream(json), "c.json", texts()));
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
