package dev.clearance.terms.ota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heads of real recorded texts (Open Terms Archive) and the date each states for itself. */
class StatedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Terms of Service\\n============\\n\\nEffective:May 28, 2026\\n\\nWelcome | 2026-05-28",
        "_Effective 27 May 2025_\\n\\n**Welcome to Mistral AI!** | 2025-05-27",
        "Terms of use\\n\\nUpdatedNovember 14, 2023\\n\\n**Effective:** January 31, 2024 ([previous version]) | 2024-01-31",
        "Commercial Terms of Service\\n\\nEffective June 17, 2025[Previous Version](https://www.anthropic.com/legal/archive) | 2025-06-17",
        "Google Terms of Service\\n\\nEffective 30 July 2026 · [Archived versions] | 2026-07-30",
        "> Release date: April 22, 2026 >\\n> Effective date: April 29, 2026\\n\\nDear developers | 2026-04-29",
        "> Last Update: January 20, 2025\\n\\nDear developers | 2025-01-20",
        "Terms of Service\\n\\nLast updated: May 19, 2026\\n\\nThank you | 2026-05-19",
        "[Terms of Service - Consumer](#terms)\\n=====\\n\\n_Effective: June 26, 2026 ([previous version](x))_ | 2026-06-26",
        "**Last updated: July 8th, 2025**\\n\\nThank you for choosing Perplexity | 2025-07-08",
        "Published: **30 July 2025**\\n\\nEffective: **30 September 2025**\\n\\nPrint | 2025-09-30",
        "Updated: 16 January 2026\\n\\nEurope Terms of Use | 2026-01-16",
        "Usage Policy\\n\\nEffective 2025-09-15 | 2025-09-15",
    })
    void theDateATextStatesForItself(String head, LocalDate expected) {
        assertEquals(Optional.of(expected), StatedDates.stated(head.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meta Model API Terms of Service\\n\\n_These Terms govern your access to the Services for a limited preview_",
        "This page isn’t available\\n\\nAn unexpected error has occurred.",
        "Effective May 2025 (month only)",
        "Effective: February 30, 2025",
    })
    void noDateWhenTheTextStatesNoneOrAnImpossibleOne(String head) {
        assertEquals(Optional.empty(), StatedDates.stated(head.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void onlyTheHeadCounts() {
        String text = "Terms\n\n" + "x".repeat(StatedDates.HEAD_CHARS) + "\nEffective: May 28, 2026";
        assertEquals(Optional.empty(), StatedDates.stated(text));
    }
}
