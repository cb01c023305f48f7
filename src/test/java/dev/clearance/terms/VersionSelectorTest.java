package dev.clearance.terms;

import dev.clearance.domain.terms.TermsDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        "openai-terms-of-use         | 2022-12-01 | 2023-03-14 | 1",
        "openai-services-agreement   | 2025-05-31 | 2025-05-31 | 0",
        "openai-services-agreement   | 2025-12-31 | 2025-05-31 | 0",
        "openai-services-agreement   | 2026-01-01 | 2026-01-01 | 0",
        "gemini-api-additional-terms | 2024-06-30 | 2024-02-15 | 0",
        "gemma-terms-of-use          | 2024-03-31 | 2024-02-21 | 0",
        "gemma-terms-of-use          | 2025-03-24 | 2025-03-24 | 0",
        "mistral-terms-of-service    | 2025-08-01 | 2025-08-01 | 0",
        "nvidia-open-model-license   | 2025-04-27 | 2025-01-06 | 0",
        "llama-3.1-community-license | 2020-01-01 | 2024-07-23 | 0",
        "mit                         | 2024-05-01 | 2025-01-20 | 0",
        "openai-business-terms       | 2025-06-15 | 2023-11-14 | 1",
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

    @Test
    void aDateAfterAnEndedDocumentSaysItWasNoLongerInForce() {
        VersionSelector.Selection s = selector.select(catalog.document("openai-business-terms").orElseThrow(),
                LocalDate.parse("2025-06-15"));
        assertTrue(s.warnings().get(0).contains("no longer in force on 2025-06-15 (it ended on 2025-05-30)"),
                s.warnings().toString());
    }
}
