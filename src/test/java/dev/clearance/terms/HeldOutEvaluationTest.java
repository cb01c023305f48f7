package dev.clearance.terms;

import dev.clearance.terms.DetectorEvaluation.Case;
import dev.clearance.terms.DetectorEvaluation.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector on texts it was not tuned on ({@code src/test/resources/detector-eval}, labelled before
 * tuning; see its README): recall of labelled lines at least 95 % and at most 10 % of lines flagged, over
 * the set and per text. The development set must keep full precision and recall.
 */
class HeldOutEvaluationTest {
    private static final RestrictionDetector DETECTOR = new RestrictionDetector();

    @Test
    void findsTheTrainingClausesOfUnseenTextsWithoutFlaggingMuchElse() {
        List<Case> cases = DetectorEvaluation.heldOutSet();
        List<Score> scores = cases.stream().map(c -> DetectorEvaluation.score(DETECTOR, c)).toList();
        Score total = DetectorEvaluation.total("held-out", scores);
        // Guards against a vacuous pass (a set that lost its texts or labels). The set holds 19 texts and 13
        // labelled lines since three open-weights licences joined it; see its README.
        assertTrue(cases.size() >= 17 && total.labelled() >= 12, "held-out set too small: " + total);
        String missed = scores.stream().filter(s -> !s.missed().isEmpty()).map(s -> s.name() + " " + s.missed()).toList()
                .toString();
        assertTrue(total.recall() >= 0.95, "held-out recall " + total.recall() + "; missed " + missed);
        assertTrue(total.flagRate() <= 0.10, "held-out flag rate " + total.flagRate());
        for (Score s : scores) {
            assertTrue(s.flagRate() <= 0.10, s.name() + " flags " + s.flagRate() + " of its lines");
        }
    }

    @Test
    void developmentSetKeepsFullPrecisionAndRecall() {
        List<Score> scores = DetectorEvaluation.developmentSet().stream()
                .map(c -> DetectorEvaluation.score(DETECTOR, c)).toList();
        Score total = DetectorEvaluation.total("development", scores);
        assertEquals(7, scores.size());
        assertEquals(1.0, total.recall(), "development recall; " + scores);
        assertEquals(1.0, total.precision(), "development precision; " + scores);
    }
}
