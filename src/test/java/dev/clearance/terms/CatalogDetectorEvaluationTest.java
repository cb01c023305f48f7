package dev.clearance.terms;

import dev.clearance.terms.DetectorEvaluation.CatalogCase;
import dev.clearance.terms.DetectorEvaluation.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector on the shipped catalog's own texts: the quotes of the clauses tagged with a training tag
 * ({@link DetectorEvaluation#CATALOG_TAGS}) must fall in passages it flags with one of those tags. A development
 * set (the lexicon may be tuned on it), so the floor is what it reaches, not a target; see
 * {@code src/test/resources/detector-eval/README.md} for the figures.
 */
class CatalogDetectorEvaluationTest {
    private static final RestrictionDetector DETECTOR = new RestrictionDetector();
    /**
     * Quotes found: 111 of 149 (0.74) at the first measurement, before any tuning on this set; 139 of 149 (0.93)
     * after the Chinese support and the English phrasings tuned on it. The floor is the figure reached.
     */
    private static final int FLOOR = 139;

    @Test
    void findsTheCatalogsTrainingClausesInItsOwnTexts() {
        List<CatalogCase> cases = DetectorEvaluation.catalogSet();
        List<Score> scores = cases.stream().map(c -> DetectorEvaluation.score(DETECTOR, c)).toList();
        Score total = DetectorEvaluation.total("catalog", scores);
        assertTrue(cases.size() >= 90 && total.labelled() >= 140, "catalog set too small: " + total.summary());
        String missed = scores.stream().filter(s -> !s.missed().isEmpty()).map(s -> s.name() + " " + s.missed())
                .toList().toString();
        assertTrue(total.truePositives() >= FLOOR, total.summary() + "; floor " + FLOOR + "; missed " + missed);
        assertTrue(total.flagRate() <= 0.10, total.summary());
    }
}
