package dev.clearance.terms;

import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped catalog's knowledge can be checked: every version rests on a recorded text that ships with the
 * app, each quote stands word for word in it, and every fact cites a clause. (The loader refuses anything
 * else; these tests load the real files and check what the loader cannot see on its own.)
 */
class CatalogEvidenceTest {
    private static TermsCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
    }

    private static List<TermsVersion> versions() {
        return catalog.documents().stream().flatMap(d -> d.versions().stream()).toList();
    }

    @Test
    void everyVersionHasARecordedTextWithItsProvenance() {
        for (TermsVersion v : versions()) {
            Provenance p = v.provenance().orElseThrow(() -> new AssertionError(v.ref() + " has no recorded text"));
            assertTrue(catalog.text(v.ref()).filter(t -> !t.isBlank()).isPresent(), v.ref() + ": text missing");
            assertEquals(64, p.sha256().length(), v.ref().toString());
            if (!p.repository().isEmpty()) {
                assertEquals(40, p.commit().length(), v.ref() + ": commit");
                assertFalse(p.path().isEmpty(), v.ref() + ": path");
            }
            assertFalse(p.recordedOn().isAfter(v.lastChecked()), v.ref() + ": checked before it was recorded");
            if (v.datedByRecording()) {
                assertEquals(p.recordedOn(), v.effectiveOn(), v.ref().toString());
            } else {
                assertEquals(p.statedEffective(), v.effectiveOn(), v.ref() + ": the date the text states");
            }
        }
    }

    @Test
    void everyClauseQuotesItsTextAndIsAnchoredOnThoseWords() {
        int quotes = 0;
        for (TermsVersion v : versions()) {
            String text = catalog.text(v.ref()).orElseThrow();
            int[] cps = text.codePoints().toArray();
            for (Clause c : v.clauses()) {
                assertFalse(c.quote().isBlank(), v.ref() + " " + c.id() + ": no quote");
                Clause.TextSpan a = c.anchored().orElseThrow();
                String there = new String(cps, a.start(), a.end() - a.start());
                assertEquals(QuoteLocator.normalize(c.quote()), QuoteLocator.normalize(there), v.ref() + " " + c.id());
                quotes++;
            }
        }
        assertTrue(quotes >= 150, "only " + quotes + " quotes");
    }

    @Test
    void everyFactCitesAClauseAndTheRegimeAlways() {
        for (TermsVersion v : versions()) {
            assertFalse(v.citedFor("regime").isEmpty(), v.ref() + ": the regime cites nothing");
            v.citations().forEach((fact, ids) -> assertEquals(ids.size(), v.citedFor(fact).size(), v.ref() + " " + fact));
            if (!v.facts().permittedExceptions().isEmpty()) {
                assertFalse(v.citedFor("permittedExceptions").isEmpty(), v.ref() + ": exceptions");
            }
            if (v.facts().mauThreshold() != null) {
                assertFalse(v.citedFor("mauThreshold").isEmpty(), v.ref() + ": MAU threshold");
            }
            if (!v.facts().excludedRegions().isEmpty()) {
                assertFalse(v.citedFor("excludedRegions").isEmpty(), v.ref() + ": territories");
            }
        }
    }

    @Test
    void aThirdPartyCopyIsNeverCalledVerified() {
        for (TermsVersion v : versions()) {
            if (v.provenance().orElseThrow().secondHand()) {
                assertTrue(v.facts().confidence() != Confidence.VERIFIED, v.ref() + ": facts from a third-party copy");
                v.clauses().forEach(c -> assertTrue(c.confidence() != Confidence.VERIFIED, v.ref() + " " + c.id()));
            }
        }
    }

    @Test
    void everyShippedTextBelongsToAVersionAndNoTwoVersionsShareAFileName() throws IOException {
        Set<String> used = new HashSet<>();
        for (TermsVersion v : versions()) {
            String file = v.provenance().orElseThrow().textFile();
            assertTrue(used.add(file), v.ref() + " reuses a text file name");
            assertTrue(file.equals(v.ref() + ".md") || file.equals(v.ref() + ".txt"), file + " is named after " + v.ref());
        }
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assets/terms/texts"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> !used.contains(n)).forEach(orphans::add);
        }
        assertEquals(List.of(), orphans, "texts no version rests on");
    }

    @Test
    void theCatalogSaysWhenItWasLastVerified() throws IOException {
        assertFalse(catalog.lastVerified().isAfter(java.time.LocalDate.now()));
        String raw = Files.readString(Path.of("assets/terms/catalog.json"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"lastVerified\""));
        assertTrue(catalog.isStale(catalog.lastVerified().plusDays(TermsCatalog.STALE_AFTER_DAYS + 1)));
        assertFalse(catalog.isStale(catalog.lastVerified().plusDays(TermsCatalog.STALE_AFTER_DAYS)));
    }

    @Test
    void documentsWithSeveralVersionsAreInDateOrderWithoutOverlaps() {
        for (TermsDocument d : catalog.documents()) {
            for (int i = 1; i < d.versions().size(); i++) {
                TermsVersion before = d.versions().get(i - 1);
                assertTrue(before.inForceUntil() != null && before.inForceUntil().isBefore(d.versions().get(i).effectiveOn()),
                        d.id() + ": " + before.ref());
            }
        }
    }
}
