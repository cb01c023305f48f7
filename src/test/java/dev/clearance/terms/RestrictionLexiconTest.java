package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loader test on the real shipped lexicon, and broken lexicons that name the file and the JSON path. */
class RestrictionLexiconTest {
    @Test
    void shippedLexiconCoversEveryTagOfTheVocabulary() {
        RestrictionLexicon lexicon = RestrictionLexicon.loadShipped();
        Set<Tag> tags = lexicon.entries().stream().map(RestrictionLexicon.Entry::tag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Tag.class)));
        assertEquals(EnumSet.allOf(Tag.class), tags);
        assertEquals(RestrictionLexicon.Role.QUALIFIER, lexicon.entry(Tag.PERMITTED_EXCEPTION).orElseThrow().role());
        assertTrue(lexicon.entry(Tag.ANY_MODEL_BAN).orElseThrow().onlyInProhibitions());
        assertTrue(lexicon.isProhibition("You may not do this."));
        assertFalse(lexicon.isProhibition("We may use Content to improve our Services."));
    }

    @Test
    void phrasesAreWholeWordsThatSpanHyphensAndLineBreaksAndStarsAreWordEndings() {
        RestrictionLexicon lexicon = RestrictionLexicon.load(stream(lexicon(
                "\"phrases\":[\"machine learning\",\"distil*\"]")), "t.json");
        RestrictionLexicon.Entry e = lexicon.entry(Tag.SCRAPING).orElseThrow();
        assertTrue(e.matches("any Machine-Learning system"));
        assertTrue(e.matches("machine\nlearning"));
        assertTrue(e.matches("model distillation"));
        assertFalse(e.matches("machine learnings"));
        assertFalse(e.matches("undistilled"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown tag          | \"tags\":{\"no-such-tag\":{\"role\":\"standalone\",\"phrases\":[\"x\"]}}              | $.tags.no-such-tag",
        "bad role             | \"tags\":{\"scraping\":{\"role\":\"sometimes\",\"phrases\":[\"x\"]}}                  | $.tags.scraping.role",
        "bad regex            | \"tags\":{\"scraping\":{\"role\":\"standalone\",\"patterns\":[\"ok\",\"(open\"]}}     | $.tags.scraping.patterns[1]",
        "unknown fragment     | \"tags\":{\"scraping\":{\"role\":\"standalone\",\"patterns\":[\"${nope}\"]}}          | $.tags.scraping.patterns[0]",
        "no phrase or pattern | \"tags\":{\"scraping\":{\"role\":\"standalone\"}}                                      | $.tags.scraping",
        "misspelt field       | \"tags\":{\"scraping\":{\"role\":\"standalone\",\"phrase\":[\"x\"]}}                  | $.tags.scraping.phrase",
        "empty phrase         | \"tags\":{\"scraping\":{\"role\":\"standalone\",\"phrases\":[\" \"]}}                 | $.tags.scraping.phrases[0]",
    })
    void brokenLexiconNamesFileAndPath(String name, String tags, String expectedPath) {
        String json = "{\"schemaVersion\":1,\"negation\":{\"phrases\":[\"not\"]}," + tags + "}";
        TermsDataException e = assertThrows(TermsDataException.class,
                () -> RestrictionLexicon.load(stream(json), "test-lexicon.json"));
        assertTrue(e.getMessage().startsWith("test-lexicon.json: " + expectedPath), e.getMessage());
    }

    @Test
    void wrongSchemaVersionAndBadJsonAreRefused() {
        TermsDataException v = assertThrows(TermsDataException.class, () -> RestrictionLexicon.load(
                stream("{\"schemaVersion\":2,\"negation\":{\"phrases\":[\"not\"]},\"tags\":{}}"), "l.json"));
        assertTrue(v.getMessage().startsWith("l.json: $.schemaVersion"), v.getMessage());
        TermsDataException j = assertThrows(TermsDataException.class,
                () -> RestrictionLexicon.load(stream("{\"schemaVersion\":1,"), "l.json"));
        assertTrue(j.getMessage().startsWith("l.json: not valid JSON at line 1"), j.getMessage());
    }

    private static String lexicon(String scraping) {
        return "{\"schemaVersion\":1,\"negation\":{\"phrases\":[\"not\"]},\"tags\":{\"scraping\":{\"role\":\"standalone\","
                + scraping + "}}}";
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
