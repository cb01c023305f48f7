package dev.clearance.terms;

import dev.clearance.domain.terms.TermsDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version in force on the day the outputs were generated. */
class VersionSelectorTest {
    private static TermsCatalog catalog;
    private final VersionSelector selector = new VersionSelector();

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "openai-terms-of-use         | 2023-03-14 | 2023-03-14 | 0",
        "openai-terms-of-use         | 2024-01-30 | 2023-03-14 | 0",
        "openai-terms-of-use         | 2024-01-31 | 2024-01-31 | 0",
        "openai-services-agreement   | 2025-05-31 | 2025-05-31 | 0",
        "openai-services-agreement   | 2025-12-31 | 2025-05-31 | 0",
        "openai-services-agreement   | 2026-01-01 | 2026-01-01 | 0",
        "openai-eu-terms-of-use      | 2024-06-30 | 2024-02-15 | 0",
        "gemini-api-additional-terms | 2024-06-30 | 2024-03-20 | 0",
        "gemma-terms-of-use          | 2024-03-31 | 2024-02-21 | 0",
        "gemma-terms-of-use          | 2025-03-24 | 2025-03-24 | 0",
        "mistral-terms-of-service    | 2025-08-01 | 2025-05-27 | 0",
        "mistral-terms-of-service    | 2024-02-26 | 2024-02-26 | 2",
        "llama-3.1-community-license | 2020-01-01 | 2024-07-23 | 0",
        "mit                         | 2024-05-01 | 2025-01-20 | 0",
    })
    void picksTheVersionInForceOnTheCollectionDay(String doc, String day, String expected, int warnings) {
        TermsDocument d = catalog.document(doc).orElseThrow();
        VersionSelector.Selection s = selector.select(d, LocalDate.parse(day));
        assertEquals(LocalDate.parse(expected), s.version().effectiveOn());
        assertEquals(warnings, s.warnings().size(), s.warnings().toString());
    }

    @Test
    void withoutADateTheLatestVersionIsUsedWithAWarning() {
        VersionSelector.Selection s = selector.select(catalog.document("anthropic-usage-policy").orElseThrow(), null);
        assertEquals(LocalDate.parse("2025-09-15"), s.version().effectiveOn());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).startsWith("no collected_on: latest version used (anthropic-usage-policy@2025-09-15)"));
    }

    @ParameterizedTest(name = "{0} on {1}: no version")
    @CsvSource(delimiter = '|', value = {
        "openai-terms-of-use         | 2022-12-01 | before the earliest catalogued version of openai-terms-of-use (openai-terms-of-use@2023-03-14, effective that day)",
        "anthropic-consumer-terms    | 2025-04-30 | before the earliest catalogued version of anthropic-consumer-terms",
        "mistral-terms-of-service    | 2024-01-15 | (mistral-terms-of-service@2024-02-08, first recorded on that day)",
        "openai-business-terms       | 2025-06-15 | openai-business-terms@2023-11-14 was no longer in force on 2025-06-15 (it ended on 2025-05-30)",
        "gemini-api-additional-terms | 2026-01-10 | gemini-api-additional-terms@2025-04-03 was no longer in force on 2026-01-10",
    })
    void aDayNoCataloguedVersionCoversGetsNoVersionAndTheGapIsNamed(String doc, String day, String expected) {
        VersionSelector.Selection s = selector.select(catalog.document(doc).orElseThrow(), LocalDate.parse(day));
        assertFalse(s.found(), "no later or earlier version may be applied silently");
        assertTrue(s.gap().contains(expected), s.gap());
    }
}
