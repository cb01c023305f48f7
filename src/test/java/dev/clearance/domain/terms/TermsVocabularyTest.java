package dev.clearance.domain.terms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small value types the store and the CLI rely on. */
class TermsVocabularyTest {

    @Test
    void tagVocabularyHasTheSixteenKebabIds() {
        assertEquals(List.of("competing-model-ban", "any-model-ban", "output-use-permitted", "naming-condition",
                "attribution", "licence-copy", "pass-through", "derivative-definition", "non-commercial",
                "mau-threshold", "permitted-exception", "authorization-required", "retention", "survival",
                "reverse-engineering", "scraping"), Tag.ids());
        assertEquals(Optional.of(Tag.MAU_THRESHOLD), Tag.parse(" MAU_threshold "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "openai-services-agreement@2026-01-01 | openai-services-agreement   | 2026-01-01",
        "llama-3.1-community-license          | llama-3.1-community-license | -",
        "  mit@2025-01-20                     | mit                         | 2025-01-20",
    })
    void termsReferencesParse(String text, String id, String date) {
        TermsRef ref = TermsRef.parse(text);
        assertEquals(id, ref.documentId());
        assertEquals(date == null ? null : LocalDate.parse(date), ref.effectiveOn());
        assertEquals(text.strip(), ref.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OpenAI@2026-01-01   | not a document id",
        "openai@2026-02-30   | not a date",
        "' '                 | empty",
    })
    void badTermsReferencesSayWhatIsWrong(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermsRef.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "api          | API",
        "weights      | WEIGHTS",
        "app          | APP",
        "cloud:azure  | CLOUD",
        "Cloud:Vertex | CLOUD",
        "usage-policy | -",
        "ftp          | -",
        "''           | -",
    })
    void accessValuesMapToChannels(String access, String channel) {
        assertEquals(Optional.ofNullable(channel).map(Channel::valueOf), Channel.ofAccess(access));
    }

    @Test
    void columnsRoundTrip() {
        List<Tag> tags = List.of(Tag.COMPETING_MODEL_BAN, Tag.SCRAPING);
        StoredClause c = new StoredClause(1, "", "", "x", tags, 0, 1);
        assertEquals("competing-model-ban,scraping", c.tagsColumn());
        assertEquals(tags, StoredClause.parseTagsColumn(c.tagsColumn()));
        assertThrows(IllegalArgumentException.class, () -> StoredClause.parseTagsColumn("competing,unknown"));
        ModelMapping m = new ModelMapping(null, "acme-*", "", "", List.of("apache-2.0", "mit@2025-01-20"), "", null);
        assertEquals(m.documentIds(), ModelMapping.parseDocumentIdsColumn(m.documentIdsColumn()));
        assertThrows(IllegalArgumentException.class, () -> new ModelMapping(null, " ", "", "", List.of("mit"), "", null));
    }

    @Test
    void weakestConfidenceWins() {
        assertEquals(Confidence.SECONDHAND, Confidence.weakest(Confidence.VERIFIED, Confidence.SECONDHAND));
        assertEquals(Confidence.UNCERTAIN, Confidence.weakest(Confidence.UNCERTAIN, Confidence.VERIFIED));
    }
}
