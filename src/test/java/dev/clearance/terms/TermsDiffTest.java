package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version diffs on the OpenAI and Mistral fixture pairs. */
class TermsDiffTest {
    private final TermsDiff diff = new TermsDiff(new RestrictionDetector());

    private VersionDiff between(String oldFixture, String newFixture) {
        return diff.diff(Fixtures.read(oldFixture), Fixtures.read(newFixture));
    }

    @Test
    void novemberToDecember2023OnlyChangesTheEffectiveDateAndOneHeading() {
        VersionDiff d = between("openai-terms-of-service@2023-11-14.md", "openai-terms-of-service@2023-12-02.md");
        assertEquals(2, d.changes().size(), d.changes().toString());
        ClauseChange date = d.changes().get(0);
        assertEquals(ClauseChange.Kind.CHANGED, date.kind());
        assertEquals(6, date.oldLine());
        assertEquals(6, date.newLine());
        assertEquals(List.of(new ClauseChange.WordChange("CHANGE", "Effective:", "December 14, 2023", "January 31, 2024")), date.words());
        assertEquals(List.of(new ClauseChange.WordChange("CHANGE", "", "How", "Who")), d.changes().get(1).words());
        assertTrue(d.restrictionChanges().isEmpty());
        assertTrue(d.tagsIntroduced().isEmpty() && d.tagsDropped().isEmpty());
    }

    @Test
    void formattingOnlyChangesAreIgnored() {
        VersionDiff d = between("openai-terms-of-service@2023-12-02.md", "openai-terms-of-service@2024-02-10.md");
        assertTrue(d.isEmpty(), d.changes().toString());
    }

    @Test
    void identicalTextsHaveNoDifferences() {
        String t = Fixtures.read("mistral-terms-of-service@2025-02-05.md");
        assertTrue(diff.diff(t, t).isEmpty());
    }

    @Test
    void rewriteOf2023MovesTheCompetingClauseIntoTheNewList() {
        VersionDiff d = between("openai-terms-of-service@2023-10-16.md", "openai-terms-of-service@2023-11-14.md");
        ClauseChange removed = d.restrictionChanges().stream()
                .filter(c -> c.kind() == ClauseChange.Kind.REMOVED && c.tagsBefore().contains(Tag.COMPETING_MODEL_BAN))
                .findFirst().orElseThrow();
        assertEquals(22, removed.oldLine());
        assertTrue(removed.tagsRemoved().containsAll(List.of(Tag.COMPETING_MODEL_BAN, Tag.REVERSE_ENGINEERING, Tag.SCRAPING)));
        ClauseChange added = d.restrictionChanges().stream()
                .filter(c -> c.kind() == ClauseChange.Kind.ADDED && c.tagsAfter().contains(Tag.COMPETING_MODEL_BAN))
                .findFirst().orElseThrow();
        assertEquals(43, added.newLine());
        assertEquals(List.of(Tag.COMPETING_MODEL_BAN), added.tagsAdded());
        // The ban is still there: only the survival sentence is gone from the new text.
        assertEquals(List.of(Tag.SURVIVAL), d.tagsDropped());
        assertTrue(d.tagsIntroduced().isEmpty());
    }

    @Test
    void mistralDroppedItsCompetingModelClauseInMay2024() {
        VersionDiff d = between("mistral-terms-of-service@2024-02-08.md", "mistral-terms-of-service@2024-05-22.md");
        assertTrue(d.tagsDropped().contains(Tag.COMPETING_MODEL_BAN), d.tagsDropped().toString());
        assertTrue(d.tagsDropped().contains(Tag.RETENTION));
        assertTrue(d.restrictionChanges().stream().anyMatch(c -> c.tagsRemoved().contains(Tag.COMPETING_MODEL_BAN)
                && c.oldLine() == 207));
        assertTrue(d.unchanged() > 0);
        assertFalse(d.changes().isEmpty());
    }

    @Test
    void catalogVersionsWithoutTextsAreComparedClauseByClause() {
        TermsCatalog catalog = TermsCatalog.loadShipped();
        var older = catalog.version(TermsRef.parse("mistral-terms-of-service@2024-02-08")).orElseThrow();
        var newer = catalog.version(TermsRef.parse("mistral-terms-of-service@2025-05-27")).orElseThrow();
        VersionDiff d = diff.diffClauses(older.clauses(), newer.clauses());
        assertTrue(d.tagsIntroduced().contains(Tag.ANY_MODEL_BAN), d.tagsIntroduced().toString());
        assertTrue(d.tagsDropped().contains(Tag.RETENTION), d.tagsDropped().toString());
    }

    @Test
    void wordChangesShowWhatWasReplaced() {
        List<ClauseChange.WordChange> w = TermsDiff.words("you may not use Output to develop models",
                "you may not use Output to train or develop any models");
        assertEquals(2, w.size());
        assertEquals("INSERT", w.get(0).kind());
        assertEquals("train or", w.get(0).newWords());
        assertEquals("use Output to", w.get(0).before());
    }
}
